// Versioned AES-256-GCM for secrets at rest: "v1:<keyId>:<iv>:<ciphertext>:<tag>" (base64url parts).
// The key id names the key that sealed the value, so after a rotation old values still open with a
// previous key and are re-sealed with the current one on their next write — no backfill needed.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;

export class SecretDecryptionError extends Error {
  constructor(reason: string) {
    super(`Secret could not be decrypted: ${reason}`);
    this.name = "SecretDecryptionError";
  }
}

export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${VERSION}:`);
}

/** Seals with the first (current) key. */
export function sealSecret(plaintext: string, keys: readonly Buffer[]): string {
  const key = keys[0];
  if (!key) throw new Error("No encryption key configured");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, keyId(key), iv.toString("base64url"), ciphertext.toString("base64url"), tag.toString("base64url")].join(":");
}

/** Opens a sealed value with whichever configured key sealed it; throws on tampering or an unknown key. */
export function openSecret(sealed: string, keys: readonly Buffer[]): string {
  const parts = sealed.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SecretDecryptionError("unknown format");
  const [, id, iv, ciphertext, tag] = parts as [string, string, string, string, string];
  const key = keys.find((candidate) => keyId(candidate) === id);
  if (!key) throw new SecretDecryptionError(`key ${id} is not configured (set it in APP_ENCRYPTION_KEY_PREVIOUS)`);
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError("the value was altered or the key is wrong");
  }
}

/** True when the value was sealed with an older key and should be re-sealed on next write. */
export function needsReseal(sealed: string, keys: readonly Buffer[]): boolean {
  const current = keys[0];
  return current !== undefined && sealed.split(":")[1] !== keyId(current);
}
