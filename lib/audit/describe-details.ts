// Turns an audit event's stored details into lines in the user's language: labelled fields, named
// codes, lists as lists; empty values are left out. Keys no catalog names yet read humanised.
import { AUDIT_VALUE_LABELS, CONDITION_LABELS, auditFieldLabelKey, humaniseKey, isAuditDetailKey, LOCALE_KEYS } from "./detail-labels";
import { REDACTED } from "./redact";

export type AuditLabeller = {
  t: (key: string, values?: Record<string, string>) => string;
  has: (key: string) => boolean;
  locale: string;
  /** A locale code's name (en-US → "English (United States) — en-US"), or the code. */
  localeName: (code: string) => string;
};

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  "from" in value &&
  "to" in value &&
  Object.keys(value).length === 2;

const isEmpty = (value: unknown) => value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

// Details are stored JSON: anything that isn't a string is shown as the JSON it was stored as.
const plainText = (value: unknown): string => (typeof value === "string" ? value : (JSON.stringify(value) ?? ""));

function codeLabel(key: string, value: string, l: AuditLabeller): string | null {
  const labels = (AUDIT_VALUE_LABELS as Record<string, { label: (value: string) => string }>)[key];
  const candidates = [labels?.label(value)];
  if (key === "result") candidates.push(`accounts.validation.twilio.${value}`, `accounts.validation.telesign.${value}`);
  // A replay refused for its signature stores the refused request's reason.
  if (key === "reason") candidates.push(`messageLog.rejected.reasons.${value}.label`);
  const found = candidates.find((candidate) => candidate && l.has(candidate));
  return found ? l.t(found) : null;
}

function condition(value: unknown, l: AuditLabeller): string {
  if (typeof value !== "object" || value === null) return String(value);
  const { field, operator, value: text } = value as Record<string, unknown>;
  const named = (labels: { label: (value: string) => string }, code: unknown) => {
    const key = labels.label(String(code));
    return l.has(key) ? l.t(key) : String(code);
  };
  return `${named(CONDITION_LABELS.field, field)} ${named(CONDITION_LABELS.operator, operator)} “${plainText(text ?? "")}”`;
}

function formatValue(key: string, value: unknown, l: AuditLabeller): string {
  if (isEmpty(value)) return "—";
  if (typeof value === "boolean") return l.t(value ? "audit.values.yes" : "audit.values.no");
  if (value === REDACTED) return l.t("audit.values.redacted");
  if (value === "[changed]") return l.t("audit.values.changed");
  if (Array.isArray(value)) {
    const items = value.map((item) => (key === "conditions" ? condition(item, l) : formatValue(key, item, l)));
    return new Intl.ListFormat(l.locale, { type: "conjunction" }).format(items);
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .map(([inner, innerValue]) => `${inner}: ${formatValue(inner, innerValue, l)}`)
      .join(", ");
  }
  if (typeof value === "number") return new Intl.NumberFormat(l.locale).format(value);
  const text = plainText(value);
  if ((LOCALE_KEYS as readonly string[]).includes(key)) return l.localeName(text);
  return codeLabel(key, text, l) ?? text;
}

export function fieldLabel(key: string, l: AuditLabeller): string {
  return isAuditDetailKey(key) && l.has(auditFieldLabelKey(key)) ? l.t(auditFieldLabelKey(key)) : humaniseKey(key);
}

export function describeAuditDetails(details: Record<string, unknown>, l: AuditLabeller): { key: string; text: string }[] {
  return Object.entries(details).flatMap(([key, value]) => {
    const field = fieldLabel(key, l);
    if (isChange(value))
      return [{ key, text: l.t("audit.change", { field, from: formatValue(key, value.from, l), to: formatValue(key, value.to, l) }) }];
    if (isEmpty(value)) return [];
    return [{ key, text: l.t("audit.detail", { field, value: formatValue(key, value, l) }) }];
  });
}
