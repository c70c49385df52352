// What importing and syncing Twilio Content templates would change, decided without the database
// (lib/templates/twilio-sync.ts applies it): which approved contents become new local templates or
// update existing ones, which can't be imported and why, and the approval status each local template
// with a Content SID gets — "deleted" when a complete listing no longer has it.
import type { TwilioContent, TwilioTemplateStatus } from "@/lib/providers/twilio/content";
import { TEMPLATE_LANGUAGES } from "./languages";
import { extractVariables, TEMPLATE_NAME_MAX_LENGTH } from "./template-lint";

export type LocalTemplateStatus = TwilioTemplateStatus | "deleted";

/** Statuses that stop a template from being sent: the UI flags them, the agent's picker leaves them out. */
export const FLAGGED_STATUSES: readonly string[] = ["rejected", "deleted", "paused", "disabled"];

export function isFlagged(status: string | null | undefined): boolean {
  return status != null && FLAGGED_STATUSES.includes(status);
}

export type LocalTemplate = {
  id: string;
  name: string;
  language: string;
  body: string;
  examples: Record<string, string>;
  contentSid: string | null;
};

export type ImportSkipReason = "noBody" | "unsupportedLanguage" | "badName" | "duplicate" | "nameTaken";

export type ImportRow = {
  sid: string;
  friendlyName: string;
  name: string;
  language: string;
  body: string;
  examples: Record<string, string>;
  status: TwilioTemplateStatus;
  rejectionReason: string | null;
} & (
  | { action: "create"; localId: null }
  | { action: "update" | "unchanged"; localId: string }
  | { action: "skip"; localId: string | null; reason: ImportSkipReason }
);

/** WhatsApp's own template name when there is one, else the friendly name, folded to ^[a-z][a-z0-9_]*$. */
export function templateNameFor(content: Pick<TwilioContent, "whatsappName" | "friendlyName">): string | null {
  const folded = (content.whatsappName || content.friendlyName)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "_")
    .replace(/_+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (folded === "") return null;
  const name = /^[a-z]/.test(folded) ? folded : `t_${folded}`;
  return name.slice(0, TEMPLATE_NAME_MAX_LENGTH);
}

const LANGUAGES: ReadonlyMap<string, string> = new Map(TEMPLATE_LANGUAGES.map((code) => [code.toLowerCase(), code]));

/** Twilio's language ("en", "en_US", "pt-BR") as one of WhatsApp's codes, or null when WhatsApp has none. */
export function templateLanguageFor(language: string | null): string | null {
  if (!language) return null;
  return LANGUAGES.get(language.trim().replace("-", "_").toLowerCase()) ?? null;
}

/** Twilio's sample values as the examples of the {{n}} the body uses. */
function examplesFor(body: string, variables: Record<string, string>): Record<string, string> {
  return Object.fromEntries(extractVariables(body).map((n) => [String(n), (variables[String(n)] ?? "").slice(0, 200)]));
}

/**
 * One row per content: matched to a local template by Content SID first, then by name and language.
 * A name and language that another local template (or an earlier content in the list) already has
 * is skipped rather than overwriting it.
 */
export function planImport(contents: readonly TwilioContent[], locals: readonly LocalTemplate[]): ImportRow[] {
  const bySid = new Map(locals.filter((local) => local.contentSid).map((local) => [local.contentSid as string, local]));
  const byKey = new Map(locals.map((local) => [`${local.name}\n${local.language}`, local]));
  const claimed = new Set<string>();
  return contents.map((content): ImportRow => {
    const name = templateNameFor(content) ?? "";
    const language = templateLanguageFor(content.language) ?? content.language ?? "";
    const body = content.body ?? "";
    const examples = examplesFor(body, content.variables);
    const base = { sid: content.sid, friendlyName: content.friendlyName, name, language, body, examples, status: content.status };
    const row = { ...base, rejectionReason: content.rejectionReason };
    const local = bySid.get(content.sid) ?? null;
    const skip = (reason: ImportSkipReason): ImportRow => ({ ...row, action: "skip", localId: local?.id ?? null, reason });
    if (!content.body) return skip("noBody");
    if (!templateLanguageFor(content.language)) return skip("unsupportedLanguage");
    if (!templateNameFor(content)) return skip("badName");
    const key = `${name}\n${language}`;
    if (claimed.has(key)) return skip("duplicate");
    const holder = byKey.get(key);
    const target = local ?? holder ?? null;
    if (holder && target && holder.id !== target.id) return skip("nameTaken");
    claimed.add(key);
    if (!target) return { ...row, action: "create", localId: null };
    const same =
      target.name === name &&
      target.language === language &&
      target.body === body &&
      target.contentSid === content.sid &&
      JSON.stringify(target.examples) === JSON.stringify(examples);
    return { ...row, action: same ? "unchanged" : "update", localId: target.id };
  });
}

export type StatusChange = { id: string; twilioStatus: LocalTemplateStatus; twilioReason: string | null };

/**
 * The approval status of each local template with a Content SID. Missing from the listing means
 * deleted at Twilio — but only when the listing was complete; otherwise the template keeps its status.
 */
export function planStatusSync(
  locals: readonly Pick<LocalTemplate, "id" | "contentSid">[],
  contents: readonly TwilioContent[],
  complete: boolean,
): StatusChange[] {
  const bySid = new Map(contents.map((content) => [content.sid, content]));
  const changes: StatusChange[] = [];
  for (const local of locals) {
    if (!local.contentSid) continue;
    const content = bySid.get(local.contentSid);
    if (content) changes.push({ id: local.id, twilioStatus: content.status, twilioReason: content.rejectionReason });
    else if (complete) changes.push({ id: local.id, twilioStatus: "deleted", twilioReason: null });
  }
  return changes;
}
