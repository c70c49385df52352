import { describe, expect, it } from "vitest";
import { dataDirectory, parseEnv } from "./schema";

const key = Buffer.alloc(32, 1).toString("base64");

describe("parseEnv", () => {
  it("fills in the documented defaults", () => {
    const result = parseEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        DATABASE_URL: "file:./data/switchboard.db",
        PORT: 3000,
        PUBLIC_BASE_URL: "http://localhost:3000",
        APP_ENCRYPTION_KEY: undefined,
        APP_ENCRYPTION_KEY_PREVIOUS: undefined,
        TWILIO_API_BASE_URL: "https://api.twilio.com",
        TELESIGN_API_BASE_URL: "https://rest-api.telesign.com",
      },
    });
  });

  it("derives PUBLIC_BASE_URL from PORT and trims trailing slashes", () => {
    const fromPort = parseEnv({ PORT: "8080" });
    expect(fromPort.ok && fromPort.env.PUBLIC_BASE_URL).toBe("http://localhost:8080");
    const explicit = parseEnv({ PUBLIC_BASE_URL: "https://switchboard.example.com/", TWILIO_API_BASE_URL: "http://127.0.0.1:4010/" });
    expect(explicit.ok && explicit.env.PUBLIC_BASE_URL).toBe("https://switchboard.example.com");
    expect(explicit.ok && explicit.env.TWILIO_API_BASE_URL).toBe("http://127.0.0.1:4010");
  });

  it("treats empty variables as unset", () => {
    const result = parseEnv({ PORT: "", APP_ENCRYPTION_KEY: " " });
    expect(result.ok && result.env.PORT).toBe(3000);
  });

  it("reports one clear line per bad variable and never echoes a key", () => {
    const secret = "not-a-valid-key";
    const result = parseEnv({
      DATABASE_URL: "postgres://db",
      PORT: "http",
      PUBLIC_BASE_URL: "switchboard.example.com",
      APP_ENCRYPTION_KEY: secret,
      TWILIO_API_BASE_URL: "ftp://x",
      TELESIGN_API_BASE_URL: "https://x?y=1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      'DATABASE_URL must be a SQLite file URL such as file:./data/switchboard.db (got "postgres://db")',
      'PORT must be a whole number from 1 to 65535 (got "http")',
      'PUBLIC_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "switchboard.example.com")',
      "APP_ENCRYPTION_KEY must be 32 random bytes encoded as base64 (generate one with: openssl rand -base64 32)",
      'TWILIO_API_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "ftp://x")',
      'TELESIGN_API_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "https://x?y=1")',
    ]);
    expect(result.errors.join("\n")).not.toContain(secret);
  });

  it("accepts a valid key and a list of previous keys", () => {
    expect(parseEnv({ APP_ENCRYPTION_KEY: key, APP_ENCRYPTION_KEY_PREVIOUS: `${key},${key}` }).ok).toBe(true);
    const bad = parseEnv({ APP_ENCRYPTION_KEY_PREVIOUS: `${key},short` });
    expect(!bad.ok && bad.errors[0]).toMatch(/^APP_ENCRYPTION_KEY_PREVIOUS must be a comma-separated list/);
  });

  it("rejects out-of-range ports", () => {
    expect(parseEnv({ PORT: "0" }).ok).toBe(false);
    expect(parseEnv({ PORT: "65536" }).ok).toBe(false);
  });
});

describe("dataDirectory", () => {
  it("resolves relative and absolute SQLite paths", () => {
    expect(dataDirectory("file:./data/switchboard.db", "/srv/app")).toBe("/srv/app/data");
    expect(dataDirectory("file:/var/lib/sb/db.sqlite", "/srv/app")).toBe("/var/lib/sb");
    expect(dataDirectory("file:///var/lib/sb/db.sqlite", "/srv/app")).toBe("/var/lib/sb");
  });
});
