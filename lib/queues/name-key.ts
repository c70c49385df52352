// Queue names are unique ignoring case: "Support" and "support" side by side in a workstream's fallback
// picker would only confuse. The folded name is stored in Queue.nameKey under a unique index, so the
// database enforces the rule on SQLite and PostgreSQL alike (docs/decisions/018-postgresql.md).

/** The comparison form of a queue name: Unicode-normalised (NFC) and lower-cased for every alphabet. */
export function queueNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("und");
}
