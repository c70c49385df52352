// Every key audit events store in `details`, and the codes some of them hold, each with its catalog
// entry: the Audit log shows them in the user's language. recordAudit only accepts these keys (a new
// one fails the type check until it is listed here), and detail-labels.test.ts checks that each has a
// label in all four catalogs.
import { ROLES } from "@/lib/auth/permissions";
import { HELD_REASONS } from "@/lib/message-log/reasons";
import { CONDITION_FIELDS } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { NOTIFICATION_EVENTS } from "@/lib/workstreams/settings/notification-templates";
import { AUTOMATED_MESSAGE_TRIGGERS } from "@/lib/workstreams/automated-messages/message-text";
import { PRESENCES } from "@/lib/workstreams/workstreams.schema";

export const AUDIT_DETAIL_KEYS = [
  "account",
  "accountSid",
  "address",
  "agentsCanSend",
  "allowedFileTypes",
  "allowedPresences",
  "assignedNumber",
  "assignee",
  "attachmentsEnabled",
  "autoCloseMinutes",
  "automatedMessages",
  "body",
  "botEndpoint",
  "botHandoffMinutes",
  "botMaxErrors",
  "botName",
  "botSecret",
  "capacity",
  "capacityProfile",
  "capacityUnits",
  "channel",
  "channelInstanceId",
  "conditions",
  "contentSid",
  "copiedFrom",
  "country",
  "customNotificationEvents",
  "customerId",
  "customersCanSend",
  "defaultLocale",
  "description",
  "detachedChannelInstances",
  "detachedQueues",
  "displayName",
  "distributionMode",
  "e164",
  "edited",
  "email",
  "examples",
  "exceptions",
  "fallbackQueue",
  "firstAdministrator",
  "imported",
  "integration",
  "isActive",
  "isSandbox",
  "keepSameAgent",
  "language",
  "locale",
  "match",
  "maxAttachmentMb",
  "members",
  "membersAdded",
  "membersRemoved",
  "messagingServiceSid",
  "name",
  "notes",
  "number",
  "numbers",
  "operatingHours",
  "outcome",
  "position",
  "provider",
  "queue",
  "quickReplyCount",
  "quickReplyLocales",
  "reason",
  "requiredSkills",
  "restoreFailed",
  "restoredWebhooks",
  "result",
  "role",
  "routingRuleOrder",
  "routingRules",
  "sandboxJoinCode",
  "secret",
  "sendRatePerSecond",
  "signatureMode",
  "skillMatching",
  "skills",
  "smsUrl",
  "status",
  "surveyEnabled",
  "surveyLink",
  "surveyMessage",
  "templates",
  "text",
  "timeZone",
  "trigger",
  "type",
  "useOperatingHours",
  "validationStatus",
  "weekly",
  "workstream",
  "wrapUpBlock",
  "wrapUpMinutes",
] as const;
export type AuditDetailKey = (typeof AUDIT_DETAIL_KEYS)[number];
export type AuditDetails = { [K in AuditDetailKey]?: unknown };
/** Exactly the listed keys: an object with any other key fails the type check. */
export type KnownKeysOnly<T> = T & Record<Exclude<keyof T, AuditDetailKey>, never>;

export const isAuditDetailKey = (key: string): key is AuditDetailKey => (AUDIT_DETAIL_KEYS as readonly string[]).includes(key);
export const auditFieldLabelKey = (key: AuditDetailKey) => `audit.fields.${key}`;

type ValueLabels = { values: readonly string[]; label: (value: string) => string };

/** Keys that hold codes: every code they can hold, and the catalog entry naming each. */
export const AUDIT_VALUE_LABELS = {
  role: { values: ROLES, label: (value) => `roles.${value}` },
  signatureMode: { values: ["ENFORCE", "MONITOR"], label: (value) => `accounts.signature.modes.${value}.label` },
  channel: { values: ["SMS", "WHATSAPP"], label: (value) => `accounts.channels.${value}` },
  provider: { values: ["TWILIO", "TELESIGN"], label: (value) => `accounts.providers.${value}` },
  validationStatus: { values: ["NOT_VALIDATED", "VALID", "FAILED"], label: (value) => `accounts.validationStatus.${value}` },
  // A failed re-validation stores the provider's reason, named by the account pages' messages.
  result: { values: ["VALID"], label: (value) => `accounts.validationStatus.${value}` },
  status: { values: ["DRAFT", "ACTIVE", "INACTIVE", "draft", "ready"], label: (value) => `audit.values.status.${value}` },
  type: {
    values: ["LONG_CODE", "GEO", "MOBILE", "SHORT_CODE", "TOLL_FREE", "LOCAL"],
    label: (value) => (value === "LOCAL" ? "inventory.importTypes.LOCAL" : `numbers.types.${value}`),
  },
  distributionMode: { values: ["PUSH", "PICK"], label: (value) => `workstreams.modes.${value}` },
  wrapUpBlock: { values: ["ALWAYS", "CUSTOM", "NEVER"], label: (value) => `workstreams.distribution.wrapUpOptions.${value}` },
  skillMatching: { values: ["EXACT", "CLOSEST", "NONE"], label: (value) => `workstreams.distribution.skillOptions.${value}` },
  allowedPresences: { values: PRESENCES, label: (value) => `workstreams.distribution.presenceOptions.${value}` },
  trigger: { values: AUTOMATED_MESSAGE_TRIGGERS, label: (value) => `automatedMessages.triggers.${value}` },
  match: { values: ["all", "any"], label: (value) => (value === "all" ? "routingRules.matchAll" : "routingRules.matchAny") },
  outcome: { values: ["routed", "stillHeld", "rejected"], label: (value) => `audit.values.outcome.${value}` },
  reason: { values: HELD_REASONS, label: (value) => `messageLog.held.reasons.${value}.label` },
  edited: { values: ["quickReplies", "notificationTemplates"], label: (value) => `audit.values.edited.${value}` },
  customNotificationEvents: { values: NOTIFICATION_EVENTS, label: (value) => `workstreamSettings.advanced.notifications.events.${value}` },
} satisfies { [K in AuditDetailKey]?: ValueLabels };

/** Routing-rule conditions ({ field, operator, value }) read as the rule editor shows them. */
export const CONDITION_LABELS = {
  field: { values: CONDITION_FIELDS, label: (value: string) => `routingRules.fields.${value}` },
  operator: { values: ["contains", "matches", "equals", "startsWith", "is"], label: (value: string) => `routingRules.operators.${value}` },
} as const;

/** Keys holding locale codes (en-US), shown with the language's name. */
export const LOCALE_KEYS: readonly AuditDetailKey[] = ["defaultLocale", "locale", "quickReplyLocales"];

/** A readable fallback for a key no catalog names yet: "restoreFailed" → "Restore failed". */
export function humaniseKey(key: string): string {
  const words = key
    .replace(/[_-]+/g, " ")
    .replace(/([a-z\d])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
