// Reads process.env once, validates it, and supplies the encryption keys (generating a local
// key file for the zero-configuration SQLite default). No "server-only" marker so that the
// start and migrate scripts can share it; nothing here is ever imported by client components.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDirectory, decodeKey, parseEnv, type Env } from "./schema";

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join("\n")}`);
    this.name = "InvalidEnvironmentError";
  }
}

export function loadEnv(raw: Record<string, string | undefined> = process.env): Env {
  const result = parseEnv(raw);
  if (!result.ok) throw new InvalidEnvironmentError(result.errors);
  return result.env;
}

export const KEY_FILE_NAME = "encryption.key";

/**
 * The current key (first) and previous keys. Without APP_ENCRYPTION_KEY the key is read from,
 * or generated once into, the data folder — with a warning, because losing it loses the secrets.
 */
export function loadEncryptionKeys(env: Env, cwd = process.cwd(), warn: (line: string) => void = console.warn): Buffer[] {
  const previous = (env.APP_ENCRYPTION_KEY_PREVIOUS ?? "")
    .split(",")
    .filter((part) => part.trim() !== "")
    .map((part) => decodeKey(part) as Buffer);
  if (env.APP_ENCRYPTION_KEY) return [decodeKey(env.APP_ENCRYPTION_KEY) as Buffer, ...previous];

  const folder = dataDirectory(env.DATABASE_URL, cwd);
  const file = join(folder, KEY_FILE_NAME);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, `${randomBytes(32).toString("base64")}\n`, { mode: 0o600, flag: "wx" });
    warn(
      `APP_ENCRYPTION_KEY is not set: generated a key into ${file}. Back it up (secrets cannot be decrypted without it) or set APP_ENCRYPTION_KEY in production.`,
    );
  }
  const key = decodeKey(readFileSync(file, "utf8"));
  if (!key) throw new InvalidEnvironmentError([`${file} does not hold a base64 32-byte key; set APP_ENCRYPTION_KEY or restore the file`]);
  return [key, ...previous];
}
