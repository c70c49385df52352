// Data-layer encryption: a Prisma client extension that seals the declared secret fields on every
// write and opens them on every read, so no caller can forget to (inbox-zero's pattern).
import { isSealed, openSecret, sealSecret } from "./cipher";

/** Model name → fields holding secrets. Domain issues add their fields here (e.g. auth tokens, API keys). */
export const ENCRYPTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  MessagingAccount: ["twilioAuthToken", "telesignApiKey"],
  Workstream: ["botSecret"],
};

/** How start-up names a record whose secrets can't be opened: a noun and the column with its name. */
export const SECRET_OWNERS: Readonly<Record<string, { noun: string; nameColumn: string }>> = {
  MessagingAccount: { noun: "account", nameColumn: "name" },
  Workstream: { noun: "workstream", nameColumn: "name" },
};

export type EncryptedFieldMap = Readonly<Record<string, readonly string[]>>;

const WRITE_OPERATIONS = new Set(["create", "createMany", "createManyAndReturn", "update", "updateMany", "updateManyAndReturn", "upsert"]);

function sealData(data: unknown, fields: readonly string[], keys: readonly Buffer[]): unknown {
  if (Array.isArray(data)) return data.map((row) => sealData(row, fields, keys));
  if (!data || typeof data !== "object") return data;
  const copy: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  for (const field of fields) {
    const raw = copy[field];
    const value = raw && typeof raw === "object" && "set" in raw ? raw.set : raw;
    if (typeof value === "string" && value !== "" && !isSealed(value)) copy[field] = sealSecret(value, keys);
  }
  return copy;
}

/** Seals the declared fields inside a write operation's args. Exported for unit tests. */
export function sealArgs(operation: string, args: Record<string, unknown>, fields: readonly string[], keys: readonly Buffer[]) {
  if (!WRITE_OPERATIONS.has(operation) || fields.length === 0) return args;
  const next = { ...args };
  if ("data" in next) next.data = sealData(next.data, fields, keys);
  if ("create" in next) next.create = sealData(next.create, fields, keys);
  if ("update" in next) next.update = sealData(next.update, fields, keys);
  return next;
}

/** Opens every declared secret field found anywhere in a result (nested includes too). */
export function openResult(result: unknown, allFields: ReadonlySet<string>, keys: readonly Buffer[]): unknown {
  if (Array.isArray(result)) return result.map((item) => openResult(item, allFields, keys));
  // Bytes (attachments) hold no secrets; walking them key by key would take seconds for a few MB.
  if (!result || typeof result !== "object" || result instanceof Date || ArrayBuffer.isView(result)) return result;
  const record = result as Record<string, unknown>;
  for (const [field, value] of Object.entries(record)) {
    if (typeof value === "string" && allFields.has(field) && isSealed(value)) record[field] = openSecret(value, keys);
    else if (value && typeof value === "object") record[field] = openResult(value, allFields, keys);
  }
  return record;
}
