import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isSealed, keyId, needsReseal, openSecret, SecretDecryptionError, sealSecret } from "./cipher";

const current = randomBytes(32);
const previous = randomBytes(32);
const token = "0123456789abcdef0123456789abcdef";

describe("secret sealing", () => {
  it("round-trips and never shows the plaintext", () => {
    const sealed = sealSecret(token, [current]);
    expect(sealed.startsWith(`v1:${keyId(current)}:`)).toBe(true);
    expect(sealed).not.toContain(token);
    expect(isSealed(sealed)).toBe(true);
    expect(openSecret(sealed, [current])).toBe(token);
  });

  it("uses a fresh IV each time", () => {
    expect(sealSecret(token, [current])).not.toBe(sealSecret(token, [current]));
  });

  it("round-trips unicode and empty strings", () => {
    for (const value of ["", "パスワード🔑", "a:b:c:d"]) expect(openSecret(sealSecret(value, [current]), [current])).toBe(value);
  });

  it.each([
    ["ciphertext", 3],
    ["tag", 4],
    ["iv", 2],
  ])("detects a tampered %s", (_part, index) => {
    const parts = sealSecret(token, [current]).split(":");
    const bytes = Buffer.from(parts[index] as string, "base64url");
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    parts[index] = bytes.toString("base64url");
    expect(() => openSecret(parts.join(":"), [current])).toThrow(SecretDecryptionError);
  });

  it("refuses unknown formats and unknown keys", () => {
    expect(() => openSecret("v2:abc", [current])).toThrow(/unknown format/);
    expect(() => openSecret(sealSecret(token, [previous]), [current])).toThrow(/not configured/);
  });

  it("rotates keys without a backfill: old values open with a previous key and are flagged for re-sealing", () => {
    const old = sealSecret(token, [previous]);
    const keys = [current, previous];
    expect(openSecret(old, keys)).toBe(token);
    expect(needsReseal(old, keys)).toBe(true);
    const resealed = sealSecret(openSecret(old, keys), keys);
    expect(needsReseal(resealed, keys)).toBe(false);
    expect(openSecret(resealed, [current])).toBe(token);
  });
});
