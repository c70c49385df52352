import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const include = ["**/*.test.ts"];
const exclude = ["node_modules/**", "e2e/**", ".next/**"];

// The data-layer and message-flow tests run on both databases: every test file that asks for a throwaway
// database (lib/testing/test-database.ts) runs again in the "postgresql" project, found by reading the files
// so no list has to be kept. `*.postgresql.test.ts` files run only there.
const usesTestDatabase = /createTestDatabase|lib\/testing\/test-database/;
const skipFolders = new Set(["node_modules", ".next", "e2e", ".git", "data", "test-results", "playwright-report"]);
function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return skipFolders.has(entry.name) ? [] : testFiles(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}
const postgresFiles = testFiles(".").filter((file) => usesTestDatabase.test(readFileSync(file, "utf-8")));

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // The marker throws outside React Server Components; unit tests run server modules directly.
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    projects: [
      {
        extends: true,
        test: { name: "sqlite", include, exclude: [...exclude, "**/*.postgresql.test.ts"], env: { TEST_DATABASE: "sqlite" } },
      },
      {
        extends: true,
        test: {
          name: "postgresql",
          include: [...postgresFiles, "**/*.postgresql.test.ts"],
          exclude,
          env: { TEST_DATABASE: "postgresql" },
          // Each query is a round trip to a server process (SQLite is in-process), and the suite shares a
          // 2-core machine with the server: a test file's setup alone can take seconds under load.
          testTimeout: 30_000,
          globalSetup: ["lib/testing/postgres-global-setup.ts"],
        },
      },
    ],
  },
});
