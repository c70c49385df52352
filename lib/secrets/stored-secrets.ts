// Reads secret columns as stored (sealed), bypassing the encryption extension, to tell which ones the
// configured keys can't open — without ever putting a plaintext secret into a result.
import "server-only";
import { db } from "@/lib/db";
import { getEncryptionKeys } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { ENCRYPTED_FIELDS, SECRET_OWNERS } from "./fields";
import {
  findUnreadableSecrets,
  secretStatus,
  unreadableSecretWarning,
  type SealedRow,
  type SecretStatus,
  type UnreadableRecord,
} from "./unreadable";

const ident = (name: string) => Prisma.raw(`"${name.replace(/"/g, '""')}"`);

/** Raw rows of one model's secret columns; `ids` narrows to those records. */
async function readSealedRows(model: string, ids?: readonly string[]): Promise<SealedRow[]> {
  const fields = ENCRYPTED_FIELDS[model] ?? [];
  if (fields.length === 0 || ids?.length === 0) return [];
  const nameColumn = SECRET_OWNERS[model]?.nameColumn;
  const columns = Prisma.join([
    ident("id"),
    nameColumn ? Prisma.sql`${ident(nameColumn)} AS "label"` : Prisma.sql`NULL AS "label"`,
    ...fields.map(ident),
  ]);
  const where = ids ? Prisma.sql` WHERE "id" IN (${Prisma.join(ids)})` : Prisma.empty;
  const rows = await db.$queryRaw<Record<string, unknown>[]>`SELECT ${columns} FROM ${ident(model)}${where}`;
  return rows.map((row) => ({ id: String(row.id), label: typeof row.label === "string" ? row.label : null, values: row }));
}

/** Per record: which secret fields hold a value and which can't be opened with the configured keys. */
export async function readSecretStatuses(model: string, ids: readonly string[]): Promise<Map<string, SecretStatus>> {
  const fields = ENCRYPTED_FIELDS[model] ?? [];
  const keys = getEncryptionKeys();
  const rows = await readSealedRows(model, ids);
  return new Map(rows.map((row) => [row.id, secretStatus(row, fields, keys)]));
}

export async function findAllUnreadableSecrets(): Promise<UnreadableRecord[]> {
  const keys = getEncryptionKeys();
  const found: UnreadableRecord[] = [];
  for (const [model, fields] of Object.entries(ENCRYPTED_FIELDS))
    found.push(...findUnreadableSecrets(model, await readSealedRows(model), fields, keys));
  return found;
}

/**
 * At start-up: one warning per record whose secrets can't be opened, saying what to set. The server
 * still starts — other accounts keep working and callbacks for these ones are held, not lost.
 */
export async function warnAboutUnreadableSecrets(warn: (line: string) => void = console.warn) {
  try {
    for (const record of await findAllUnreadableSecrets()) warn(unreadableSecretWarning(record, SECRET_OWNERS[record.model]?.noun));
  } catch (error) {
    // A database that isn't migrated yet, say: the check is advice and must not stop the server.
    logger.error("could not check the stored secrets", { error });
  }
}
