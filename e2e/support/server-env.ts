// The environment of the app under test: its own port, database and key (SPEC.md §7 names).
import { join } from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_TMP = join(process.cwd(), "e2e/.tmp");
export const E2E_DATABASE_PATH = join(E2E_TMP, "switchboard-e2e.db");

export function serverEnv(): Record<string, string> {
  return {
    PORT: String(E2E_PORT),
    DATABASE_URL: `file:${E2E_DATABASE_PATH}`,
    PUBLIC_BASE_URL: E2E_BASE_URL,
    // A fixed throwaway key (32 zero-free bytes), never used outside tests.
    APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
