import { describe, expect, it } from "vitest";
import { dataDirectory, parseEnv, publicBaseUrls } from "./schema";

const key = Buffer.alloc(32, 1).toString("base64");

describe("parseEnv", () => {
  it("fills in the documented defaults", () => {
    const result = parseEnv({});
    expect(result).toEqual({
      ok: true,
      env: {
        DATABASE_URL: "file:./data/switchboard.db",
        databaseProvider: "sqlite",
        DATABASE_POOL_SIZE: 10,
        PORT: 3000,
        PUBLIC_BASE_URL: "http://localhost:3000",
        APP_ENCRYPTION_KEY: undefined,
        APP_ENCRYPTION_KEY_PREVIOUS: undefined,
        TWILIO_API_BASE_URL: "https://api.twilio.com",
        TWILIO_CONTENT_API_BASE_URL: "https://content.twilio.com",
        TWILIO_MESSAGING_API_BASE_URL: "https://messaging.twilio.com",
        TELESIGN_API_BASE_URL: "https://rest-api.telesign.com",
        TRUSTED_PROXIES: [],
        NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: undefined,
        NEXT_DEPLOYMENT_ID: undefined,
        RETENTION_DAYS: 30,
        PROVIDER_SEND_TIMEOUT_MS: 15_000,
        regionalBaseUrls: [],
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

  it("reads PROVIDER_SEND_TIMEOUT_MS as whole milliseconds from 500 to 120000", () => {
    const set = parseEnv({ PROVIDER_SEND_TIMEOUT_MS: "3000" });
    expect(set.ok && set.env.PROVIDER_SEND_TIMEOUT_MS).toBe(3000);
    for (const bad of ["0", "499", "1.5", "soon", "120001"])
      expect(parseEnv({ PROVIDER_SEND_TIMEOUT_MS: bad })).toEqual({
        ok: false,
        errors: [`PROVIDER_SEND_TIMEOUT_MS must be a whole number of milliseconds from 500 to 120000 (got "${bad}")`],
      });
  });

  it("reads RETENTION_DAYS as a whole number of days and refuses anything else", () => {
    const set = parseEnv({ RETENTION_DAYS: " 7 " });
    expect(set.ok && set.env.RETENTION_DAYS).toBe(7);
    for (const bad of ["0", "-1", "2.5", "forever", "3651"]) {
      expect(parseEnv({ RETENTION_DAYS: bad })).toEqual({
        ok: false,
        errors: [`RETENTION_DAYS must be a whole number of days from 1 to 3650 (got "${bad}")`],
      });
    }
  });

  it("treats empty variables as unset", () => {
    const result = parseEnv({ PORT: "", APP_ENCRYPTION_KEY: " " });
    expect(result.ok && result.env.PORT).toBe(3000);
  });

  it("reports one clear line per bad variable and never echoes a key", () => {
    const secret = "not-a-valid-key";
    const result = parseEnv({
      DATABASE_URL: "mysql://user:hunter2@db/switchboard",
      PORT: "http",
      PUBLIC_BASE_URL: "switchboard.example.com",
      APP_ENCRYPTION_KEY: secret,
      TWILIO_API_BASE_URL: "ftp://x",
      TELESIGN_API_BASE_URL: "https://x?y=1",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "DATABASE_URL must be a SQLite file URL such as file:./data/switchboard.db or a PostgreSQL URL such as postgresql://switchboard:password@db.example.com:5432/switchboard",
      'PORT must be a whole number from 1 to 65535 (got "http")',
      'PUBLIC_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "switchboard.example.com")',
      "APP_ENCRYPTION_KEY must be 32 random bytes encoded as base64 (generate one with: openssl rand -base64 32)",
      'TWILIO_API_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "ftp://x")',
      'TELESIGN_API_BASE_URL must be an http(s) URL without a query string, such as https://example.com (got "https://x?y=1")',
    ]);
    expect(result.errors.join("\n")).not.toContain(secret);
    expect(result.errors.join("\n")).not.toContain("hunter2");
  });

  it("accepts SQLite and PostgreSQL URLs and says which it is", () => {
    const withKey = { APP_ENCRYPTION_KEY: key };
    const sqlite = parseEnv({ DATABASE_URL: "file:./data/switchboard.db" });
    expect(sqlite.ok && sqlite.env.databaseProvider).toBe("sqlite");
    for (const url of ["postgresql://sb:pw@db.example.com:5432/switchboard", "postgres://sb@localhost/switchboard?sslmode=require"]) {
      const result = parseEnv({ DATABASE_URL: url, ...withKey });
      expect(result.ok && result.env.databaseProvider).toBe("postgresql");
      expect(result.ok && result.env.DATABASE_POOL_SIZE).toBe(10);
    }
    expect(parseEnv({ DATABASE_URL: "sqlite:./x.db" }).ok).toBe(false);
    expect(parseEnv({ DATABASE_URL: "postgresql://" }).ok).toBe(false);
  });

  it("asks for the encryption key on PostgreSQL, where instances must share it", () => {
    const result = parseEnv({ DATABASE_URL: "postgresql://sb:pw@db/switchboard" });
    expect(result).toEqual({
      ok: false,
      errors: [expect.stringMatching(/^APP_ENCRYPTION_KEY must be set when DATABASE_URL is PostgreSQL/)],
    });
  });

  it("checks the pool size", () => {
    expect(parseEnv({ DATABASE_POOL_SIZE: "25" })).toMatchObject({ ok: true, env: { DATABASE_POOL_SIZE: 25 } });
    expect(parseEnv({ DATABASE_POOL_SIZE: "0" })).toEqual({
      ok: false,
      errors: ['DATABASE_POOL_SIZE must be a whole number of connections from 1 to 100 (got "0")'],
    });
  });

  it("accepts a valid key and a list of previous keys", () => {
    expect(parseEnv({ APP_ENCRYPTION_KEY: key, APP_ENCRYPTION_KEY_PREVIOUS: `${key},${key}` }).ok).toBe(true);
    const bad = parseEnv({ APP_ENCRYPTION_KEY_PREVIOUS: `${key},short` });
    expect(!bad.ok && bad.errors[0]).toMatch(/^APP_ENCRYPTION_KEY_PREVIOUS must be a comma-separated list/);
  });

  it("checks the server-actions key Next.js bakes into the build, without echoing it", () => {
    for (const bytes of [16, 24, 32]) {
      const ok = parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(bytes, 7).toString("base64") });
      expect(ok.ok).toBe(true);
    }
    const secret = Buffer.alloc(20, 7).toString("base64");
    const bad = parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secret });
    expect(bad).toEqual({
      ok: false,
      errors: [
        "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be 16, 24 or 32 random bytes encoded as base64 (generate one with: openssl rand -base64 32)",
      ],
    });
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "not base64!" }).ok).toBe(false);
  });

  it("takes a deployment id such as a release tag, refusing spaces and slashes", () => {
    const ok = parseEnv({ NEXT_DEPLOYMENT_ID: " v1.4.2-3f9c2ab " });
    expect(ok.ok && ok.env.NEXT_DEPLOYMENT_ID).toBe("v1.4.2-3f9c2ab");
    const bad = parseEnv({ NEXT_DEPLOYMENT_ID: "release/1" });
    expect(!bad.ok && bad.errors[0]).toMatch(/^NEXT_DEPLOYMENT_ID must be 1 to 64 letters.*\(got "release\/1"\)$/);
  });

  it("reads TRUSTED_PROXIES as addresses and CIDR blocks, naming the bad entries", () => {
    const result = parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, ::1," });
    expect(result.ok && result.env.TRUSTED_PROXIES).toEqual(["10.0.0.0/8", "::1"]);
    const bad = parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8,proxy.internal,10.0.0.0/40" });
    expect(!bad.ok && bad.errors).toEqual([
      "TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR blocks such as 10.0.0.0/8,::1 (not: proxy.internal, 10.0.0.0/40)",
    ]);
  });

  it("rejects out-of-range ports", () => {
    expect(parseEnv({ PORT: "0" }).ok).toBe(false);
    expect(parseEnv({ PORT: "65536" }).ok).toBe(false);
  });
});

describe("PUBLIC_BASE_URLS_BY_REGION", () => {
  const errorFor = (value: string) => {
    const result = parseEnv({ PUBLIC_BASE_URLS_BY_REGION: value });
    return result.ok ? null : result.errors;
  };

  it("parses region=URL pairs in order, trimming spaces and trailing slashes", () => {
    const result = parseEnv({
      PUBLIC_BASE_URLS_BY_REGION: " us-east=https://us.switchboard.example.com/ , eu-west = https://eu.switchboard.example.com/sb,",
    });
    expect(result.ok && result.env.regionalBaseUrls).toEqual([
      { region: "us-east", baseUrl: "https://us.switchboard.example.com" },
      { region: "eu-west", baseUrl: "https://eu.switchboard.example.com/sb" },
    ]);
    expect(result.ok && "PUBLIC_BASE_URLS_BY_REGION" in result.env).toBe(false);
  });

  it("is an empty list when unset or blank", () => {
    const result = parseEnv({ PUBLIC_BASE_URLS_BY_REGION: "  " });
    expect(result.ok && result.env.regionalBaseUrls).toEqual([]);
  });

  it.each([
    ["us-east", 'bad entry "us-east": expected region=URL'],
    [
      "US-East=https://us.example.com",
      'bad entry "US-East=https://us.example.com": the region must be lowercase letters, digits and hyphens',
    ],
    ["-us=https://us.example.com", "the region must be lowercase letters, digits and hyphens"],
    ["=https://us.example.com", "the region must be lowercase letters, digits and hyphens"],
    ["us=us.example.com", 'bad entry "us=us.example.com": the URL must be http(s) without a query string'],
    ["us=https://us.example.com?x=1", "the URL must be http(s) without a query string"],
    ["us=ftp://us.example.com", "the URL must be http(s) without a query string"],
    ["us=https://us.example.com,us=https://us2.example.com", 'bad entry "us=https://us2.example.com": region us is listed twice'],
    [
      "us=https://x.example.com,eu=HTTPS://X.example.com/",
      'bad entry "eu=HTTPS://X.example.com/": this URL is already listed for another region',
    ],
  ])("refuses %j with one line naming the entry", (value, reason) => {
    const errors = errorFor(value);
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatch(
      /^PUBLIC_BASE_URLS_BY_REGION must be a comma-separated list of region=URL pairs such as us-east=https:\/\/us\.switchboard\.example\.com,eu-west=https:\/\/eu\.switchboard\.example\.com \(bad entry /,
    );
    expect(errors?.[0]).toContain(reason);
  });

  it("reports only the first bad entry", () => {
    expect(errorFor("us=nope,eu=also-nope")).toEqual([expect.stringContaining('bad entry "us=nope"')]);
  });
});

describe("publicBaseUrls", () => {
  it("lists the main URL first, then each regional URL once", () => {
    const result = parseEnv({
      PUBLIC_BASE_URL: "https://us.switchboard.example.com/",
      PUBLIC_BASE_URLS_BY_REGION: "us-east=https://us.switchboard.example.com,eu-west=https://eu.switchboard.example.com",
    });
    if (!result.ok) throw new Error(result.errors.join("\n"));
    expect(publicBaseUrls(result.env)).toEqual(["https://us.switchboard.example.com", "https://eu.switchboard.example.com"]);
  });

  it("is the main URL alone without regions", () => {
    expect(publicBaseUrls({ PUBLIC_BASE_URL: "http://localhost:3000", regionalBaseUrls: [] })).toEqual(["http://localhost:3000"]);
  });
});

describe("dataDirectory", () => {
  it("resolves relative and absolute SQLite paths", () => {
    expect(dataDirectory("file:./data/switchboard.db", "/srv/app")).toBe("/srv/app/data");
    expect(dataDirectory("file:/var/lib/sb/db.sqlite", "/srv/app")).toBe("/var/lib/sb");
    expect(dataDirectory("file:///var/lib/sb/db.sqlite", "/srv/app")).toBe("/var/lib/sb");
  });
});
