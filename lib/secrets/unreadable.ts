// Which stored secrets the configured keys can't open — after a restart with another
// APP_ENCRYPTION_KEY, say. Pure: start-up, the account pages and tests share it; the rows come from
// ./stored-secrets.ts.
import { isSealed, openSecret, SecretDecryptionError } from "./cipher";

/** A record's secret columns as stored (sealed), with a name an administrator recognises. */
export type SealedRow = { id: string; label: string | null; values: Readonly<Record<string, unknown>> };

/** Which secret fields of one record hold a value, and which of those can't be opened. */
export type SecretStatus = { stored: string[]; unreadable: string[]; unknownKeyIds: string[] };

export type UnreadableRecord = { model: string; id: string; label: string | null } & SecretStatus;

function canOpen(sealed: string, keys: readonly Buffer[]): boolean {
  try {
    openSecret(sealed, keys);
    return true;
  } catch (error) {
    if (error instanceof SecretDecryptionError) return false;
    throw error;
  }
}

export function secretStatus(row: SealedRow, fields: readonly string[], keys: readonly Buffer[]): SecretStatus {
  const status: SecretStatus = { stored: [], unreadable: [], unknownKeyIds: [] };
  for (const field of fields) {
    const value = row.values[field];
    if (typeof value !== "string" || value === "") continue;
    status.stored.push(field);
    // A value stored before encryption existed is plaintext and reads as is.
    if (!isSealed(value) || canOpen(value, keys)) continue;
    status.unreadable.push(field);
    // The key id is a hash prefix of the sealing key, not the key: it tells which backup to look for.
    const keyId = value.split(":")[1];
    if (keyId && !status.unknownKeyIds.includes(keyId)) status.unknownKeyIds.push(keyId);
  }
  return status;
}

export function findUnreadableSecrets(
  model: string,
  rows: readonly SealedRow[],
  fields: readonly string[],
  keys: readonly Buffer[],
): UnreadableRecord[] {
  return rows.flatMap((row) => {
    const status = secretStatus(row, fields, keys);
    return status.unreadable.length > 0 ? [{ model, id: row.id, label: row.label, ...status }] : [];
  });
}

export const UNREADABLE_SECRET_ADVICE =
  "APP_ENCRYPTION_KEY is not the key these were sealed with; set the original key, or put it in APP_ENCRYPTION_KEY_PREVIOUS (or re-enter the credentials on the account page). Until then this account's callbacks are held in the Message log and its sends fail.";

/** One log line per record: what can't be opened and what to set — never a value. */
export function unreadableSecretWarning(record: UnreadableRecord, noun = record.model): string {
  const name = record.label ? `"${record.label}" (${record.id})` : record.id;
  const keys = record.unknownKeyIds.length > 0 ? ` sealed with key id ${record.unknownKeyIds.join(", ")}` : "";
  return `Stored secrets of ${noun} ${name} can't be decrypted: ${record.unreadable.join(", ")}${keys}. ${UNREADABLE_SECRET_ADVICE}`;
}
