// The configuration contract of SPEC.md §7. Pure: parses a plain record so it can be unit-tested
// and shared by the Next.js server and the start/migrate scripts.
import { dirname, isAbsolute, resolve } from "node:path";
import { z } from "zod";
import { databaseProvider, type DatabaseProvider } from "../../prisma/providers.mjs";
import { parseProxyEntry } from "../http/client-address";

export const DEFAULT_DATABASE_URL = "file:./data/switchboard.db";

const httpOrigin = () =>
  z
    .string()
    .trim()
    .refine((value) => isHttpUrl(value), 'must be an http(s) URL without a query string, such as https://example.com (got "{value}")')
    .transform((value) => value.replace(/\/+$/, ""));

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export function decodeKey(value: string): Buffer | null {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(trimmed)) return null;
  const bytes = Buffer.from(trimmed, "base64");
  return bytes.length === 32 ? bytes : null;
}

export type RegionalBaseUrl = { region: string; baseUrl: string };

const REGION_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const regionListMessage =
  "must be a comma-separated list of region=URL pairs such as us-east=https://us.switchboard.example.com,eu-west=https://eu.switchboard.example.com";

/**
 * PUBLIC_BASE_URLS_BY_REGION: the public base URL per region (SPEC §4 "Regional webhook URLs").
 * Region ids are lowercase letters, digits and inner hyphens. A region or URL given twice is refused:
 * it is almost always a copy-paste slip that would show admins of one region another region's URL.
 */
const regionalBaseUrls = () =>
  z
    .string()
    .optional()
    .transform((value, ctx): RegionalBaseUrl[] => {
      const entries: RegionalBaseUrl[] = [];
      // A trailing comma leaves an empty entry: harmless, so skipped.
      for (const entry of (value ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "")) {
        const bad = (reason: string) => {
          ctx.addIssue({ code: "custom", message: `${regionListMessage} (bad entry "${entry}": ${reason})` });
          return z.NEVER;
        };
        const equals = entry.indexOf("=");
        if (equals < 0) return bad("expected region=URL");
        const region = entry.slice(0, equals).trim();
        const url = entry.slice(equals + 1).trim();
        if (!REGION_ID.test(region)) return bad("the region must be lowercase letters, digits and hyphens");
        if (!isHttpUrl(url)) return bad("the URL must be http(s) without a query string");
        const baseUrl = url.replace(/\/+$/, "");
        if (entries.some((known) => known.region === region)) return bad(`region ${region} is listed twice`);
        if (entries.some((known) => sameUrl(known.baseUrl, baseUrl))) return bad("this URL is already listed for another region");
        entries.push({ region, baseUrl });
      }
      return entries;
    });

function sameUrl(a: string, b: string): boolean {
  // new URL() lowercases scheme and host, so HTTPS://US.example.com and https://us.example.com match.
  return new URL(a).href.replace(/\/+$/, "") === new URL(b).href.replace(/\/+$/, "");
}

/**
 * TRUSTED_PROXIES: addresses or CIDR blocks of the reverse proxies in front of Switchboard. Only
 * requests arriving from one of them may say, in X-Forwarded-For, whom they are forwarding for.
 */
const trustedProxies = () =>
  z
    .string()
    .optional()
    .transform((value, ctx): string[] => {
      const entries = (value ?? "")
        .split(",")
        .map((part) => part.trim())
        .filter((part) => part !== "");
      const bad = entries.filter((entry) => parseProxyEntry(entry) === null);
      if (bad.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `must be a comma-separated list of IP addresses or CIDR blocks such as 10.0.0.0/8,::1 (not: ${bad.join(", ")})`,
        });
        return z.NEVER;
      }
      return entries;
    });

/** NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Next.js imports it as an AES-GCM key, so 16, 24 or 32 bytes in base64. */
export function isServerActionsKey(value: string): boolean {
  const trimmed = value.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) || trimmed.length % 4 !== 0) return false;
  return [16, 24, 32].includes(Buffer.from(trimmed, "base64").length);
}

const keyMessage = "must be 32 random bytes encoded as base64 (generate one with: openssl rand -base64 32)";

export const envSchema = z.object({
  // SQLite (the embedded default) or PostgreSQL (docs/decisions/018-postgresql.md). A PostgreSQL URL may
  // carry a password, so a bad value is never echoed (see SECRET_VARIABLES).
  DATABASE_URL: z
    .string()
    .trim()
    .default(DEFAULT_DATABASE_URL)
    .refine(
      (value) => databaseProvider(value) !== null,
      "must be a SQLite file URL such as file:./data/switchboard.db or a PostgreSQL URL such as postgresql://switchboard:password@db.example.com:5432/switchboard",
    ),
  // Connections each instance keeps to PostgreSQL (ignored on SQLite, which uses one).
  DATABASE_POOL_SIZE: z
    .string()
    .trim()
    .default("10")
    .refine(
      (value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 100,
      'must be a whole number of connections from 1 to 100 (got "{value}")',
    )
    .transform(Number),
  PORT: z
    .string()
    .trim()
    .default("3000")
    .refine(
      (value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 65535,
      'must be a whole number from 1 to 65535 (got "{value}")',
    )
    .transform(Number),
  PUBLIC_BASE_URL: httpOrigin().optional(),
  APP_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine((value) => value === undefined || decodeKey(value) !== null, keyMessage),
  // Older keys still accepted for decryption while secrets are re-encrypted with the current one.
  APP_ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || value.split(",").every((part) => decodeKey(part) !== null),
      `must be a comma-separated list of keys that each ${keyMessage.replace("must be ", "are ")}`,
    ),
  PUBLIC_BASE_URLS_BY_REGION: regionalBaseUrls(),
  TWILIO_API_BASE_URL: httpOrigin().default("https://api.twilio.com"),
  // Twilio's Content API (WhatsApp templates and their approval) and Messaging API (Messaging Services).
  TWILIO_CONTENT_API_BASE_URL: httpOrigin().default("https://content.twilio.com"),
  TWILIO_MESSAGING_API_BASE_URL: httpOrigin().default("https://messaging.twilio.com"),
  TELESIGN_API_BASE_URL: httpOrigin().default("https://rest-api.telesign.com"),
  // How long a send waits for the provider's answer before its outcome counts as unknown (never sent
  // again by itself; the status callback settles it, decision 033). Keep it above undici's 10 s connect
  // timeout, so a connect that hangs ends as "not sent" first; tests on loopback use less.
  PROVIDER_SEND_TIMEOUT_MS: z
    .string()
    .trim()
    .default("15000")
    .refine(
      (value) => /^\d+$/.test(value) && Number(value) >= 500 && Number(value) <= 120_000,
      'must be a whole number of milliseconds from 500 to 120000 (got "{value}")',
    )
    .transform(Number),
  TRUSTED_PROXIES: trustedProxies(),
  // Read by Next.js itself at build time and baked into the build (scripts/build-app.ts rebuilds when they
  // change); validated here so a bad value stops `npm start` / `npm run build` with one clear line. Every
  // instance behind one load balancer must run the same build (README "Running several instances").
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || isServerActionsKey(value),
      "must be 16, 24 or 32 random bytes encoded as base64 (generate one with: openssl rand -base64 32)",
    ),
  NEXT_DEPLOYMENT_ID: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => value === undefined || /^[A-Za-z0-9._-]{1,64}$/.test(value),
      'must be 1 to 64 letters, digits, dots, hyphens or underscores, such as a release tag or commit hash (got "{value}")',
    ),
  // Days processed inbound payloads and records of refused callback requests are kept.
  RETENTION_DAYS: z
    .string()
    .trim()
    .default("30")
    .refine(
      (value) => /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 3650,
      'must be a whole number of days from 1 to 3650 (got "{value}")',
    )
    .transform(Number),
});

export type EnvInput = Partial<Record<keyof z.input<typeof envSchema>, string | undefined>>;

export type Env = Omit<z.output<typeof envSchema>, "PUBLIC_BASE_URL" | "PUBLIC_BASE_URLS_BY_REGION"> & {
  PUBLIC_BASE_URL: string;
  /** Which database DATABASE_URL names. */
  databaseProvider: DatabaseProvider;
  /** PUBLIC_BASE_URLS_BY_REGION parsed, in the order given; empty when unset. */
  regionalBaseUrls: RegionalBaseUrl[];
};

const SECRET_VARIABLES = new Set([
  "APP_ENCRYPTION_KEY",
  "APP_ENCRYPTION_KEY_PREVIOUS",
  "DATABASE_URL",
  "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY",
]);

export type EnvResult = { ok: true; env: Env } | { ok: false; errors: string[] };

/** Parses the environment; on failure returns one human line per bad variable (secret values never echoed). */
export function parseEnv(raw: Record<string, string | undefined>): EnvResult {
  const picked: Record<string, string | undefined> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = raw[key];
    // An empty variable means "not set", as in most deployment tools.
    picked[key] = value === undefined || value.trim() === "" ? undefined : value;
  }
  const parsed = envSchema.safeParse(picked);
  if (!parsed.success) {
    const byVariable = new Map<string, string>();
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0]);
      if (byVariable.has(variable)) continue;
      const shown = SECRET_VARIABLES.has(variable) ? "(value hidden)" : String(picked[variable] ?? "");
      byVariable.set(variable, `${variable} ${issue.message.replace("{value}", shown)}`);
    }
    return { ok: false, errors: [...byVariable.values()] };
  }
  const { PUBLIC_BASE_URLS_BY_REGION: regional, ...env } = parsed.data;
  const provider = databaseProvider(env.DATABASE_URL) as DatabaseProvider;
  // The generated key file is for one embedded instance; instances sharing a PostgreSQL database must
  // share one key, so it has to be given.
  if (provider === "postgresql" && !env.APP_ENCRYPTION_KEY)
    return {
      ok: false,
      errors: [
        "APP_ENCRYPTION_KEY must be set when DATABASE_URL is PostgreSQL, with the same value on every instance (generate one with: openssl rand -base64 32)",
      ],
    };
  return {
    ok: true,
    env: {
      ...env,
      PUBLIC_BASE_URL: env.PUBLIC_BASE_URL ?? `http://localhost:${env.PORT}`,
      regionalBaseUrls: regional,
      databaseProvider: provider,
    },
  };
}

/** Every public base URL the deployment answers on — the main one first — without repeats. */
export function publicBaseUrls(env: Pick<Env, "PUBLIC_BASE_URL" | "regionalBaseUrls">): string[] {
  return [...new Set([env.PUBLIC_BASE_URL, ...env.regionalBaseUrls.map((entry) => entry.baseUrl)])];
}

/** Folder that holds the SQLite file; the generated local encryption key lives beside it (SQLite only). */
export function dataDirectory(databaseUrl: string, cwd: string): string {
  const filePath = databaseUrl.replace(/^file:/, "").split("?")[0] ?? "";
  const plain = filePath.startsWith("//") ? decodeURIComponent(new URL(`file:${filePath}`).pathname) : filePath;
  return dirname(isAbsolute(plain) ? plain : resolve(cwd, plain));
}
