// The one place the app reads its configuration (SPEC.md §7). Validated on first use; a bad value
// stops the server at start-up (see instrumentation.ts) with one line per bad variable.
import type { Env } from "./env/schema";
import { loadEncryptionKeys, loadEnv } from "./env/load";

let cached: Env | undefined;
let cachedKeys: Buffer[] | undefined;

export function getEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

export function getEncryptionKeys(): Buffer[] {
  cachedKeys ??= loadEncryptionKeys(getEnv());
  return cachedKeys;
}

export type { Env };
