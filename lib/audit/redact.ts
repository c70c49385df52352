// Removes secrets from anything about to be stored in the audit log or printed in a log line.
export const REDACTED = "[redacted]";

const SECRET_KEY = /(password|passwordhash|secret|token|apikey|api_key|authorization|encryption|credential|cookie)/i;

export function isSecretKey(key: string): boolean {
  return SECRET_KEY.test(key.replace(/[-\s]/g, ""));
}

export function redact(value: unknown, depth = 0): unknown {
  if (depth > 8) return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  if (!value || typeof value !== "object" || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([key, inner]) => [
      key,
      isSecretKey(key) ? (inner === null || inner === undefined || inner === "" ? inner : REDACTED) : redact(inner, depth + 1),
    ]),
  );
}

/** `{ field: { from, to } }` for the fields that changed, secrets redacted (a changed secret shows as changed). */
export function diffChanges<T extends Record<string, unknown>>(before: { [K in keyof T]?: unknown }, after: T) {
  const changes: { [K in keyof T]?: { from: unknown; to: unknown } } = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = before[key];
    const to = after[key];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    changes[key] = isSecretKey(key) ? { from: REDACTED, to: REDACTED } : { from, to };
  }
  return changes;
}
