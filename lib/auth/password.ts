// Argon2id (memory-hard) with the library's defaults, which follow OWASP's minimum
// (19 MiB memory, 2 iterations, 1 lane).
import "server-only";
import { hash, verify } from "@node-rs/argon2";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps response times alike for known and
// unknown accounts, so timing does not reveal which emails exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash("switchboard-decoy-password");
  return decoyHash;
}
