// Runs `prisma generate` for both databases without the native schema-engine binary, which cannot be
// downloaded offline. Generation never executes that binary; Prisma only checks that the file named by
// PRISMA_SCHEMA_ENGINE_BINARY exists (see docs/decisions/002-migrations-without-prisma-binary.md).
//
// prisma/schema.prisma (SQLite) is the source of truth. This first writes prisma/postgresql/schema.prisma
// from it, then generates lib/generated/prisma (SQLite) and lib/generated/prisma-postgresql
// (docs/decisions/018-postgresql.md).
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS, postgresSchemaFrom } from "../prisma/providers.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));

export function writePostgresSchema() {
  const text = postgresSchemaFrom(readFileSync(PROVIDERS.sqlite.schemaPath, "utf-8"));
  mkdirSync(path.dirname(PROVIDERS.postgresql.schemaPath), { recursive: true });
  writeFileSync(PROVIDERS.postgresql.schemaPath, text, "utf-8");
}

/** @param {string} schemaPath */
function generate(schemaPath) {
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
  const result = spawnSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "generate", "--schema", path.relative(root, schemaPath)],
    {
      cwd: root,
      env,
      stdio: "inherit",
    },
  );
  return result.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writePostgresSchema();
  const status = generate(PROVIDERS.sqlite.schemaPath) || generate(PROVIDERS.postgresql.schemaPath);
  process.exit(status);
}
