// Twilio's Content API (content.twilio.com): the account's content templates with their WhatsApp
// approval, for importing approved templates and keeping their status in sync (lib/templates/twilio-sync.ts).
// Pure (no "server-only"); shapes per shared/reference/twilio_content_v2.json (ContentAndApprovals).
import { z } from "zod";
import { getEnv } from "@/lib/env";
import type { FetchImpl } from "@/lib/providers/types";
import { listAllPages, type TwilioListResult } from "./paged-list";
import { CONTENT_SID } from "./sids";

export const CONTENT_AND_APPROVALS_PATH = "/v2/ContentAndApprovals";

/** WhatsApp approval as Switchboard shows it; Twilio's "received" (submitted, not yet reviewed) counts as pending. */
export const TWILIO_TEMPLATE_STATUSES = ["approved", "pending", "rejected", "paused", "disabled", "unsubmitted", "unknown"] as const;
export type TwilioTemplateStatus = (typeof TWILIO_TEMPLATE_STATUSES)[number];

const approvalSchema = z.object({
  name: z.string().nullish(),
  category: z.string().nullish(),
  status: z.string().nullish(),
  rejection_reason: z.string().nullish(),
});

// approval_requests is WhatsApp's approval itself on ContentAndApprovals; the per-content
// ApprovalRequests resource nests it under "whatsapp". Both are read.
const approvalRequestsSchema = z.union([z.object({ whatsapp: approvalSchema }).transform((value) => value.whatsapp), approvalSchema]);

const contentSchema = z.object({
  sid: z.string().regex(CONTENT_SID),
  friendly_name: z.string().nullish(),
  language: z.string().nullish(),
  // Variable number (or name) → sample value, e.g. {"1": "Customer_Name"}.
  variables: z.record(z.string(), z.unknown()).nullish(),
  // Content type → its fields, e.g. {"twilio/text": {"body": "Hi {{1}}"}}.
  types: z.record(z.string(), z.unknown()).nullish(),
  approval_requests: approvalRequestsSchema.nullish(),
});

export type TwilioContent = {
  sid: string;
  friendlyName: string;
  /** WhatsApp's template name from the approval request, when there is one. */
  whatsappName: string | null;
  language: string | null;
  category: string | null;
  body: string | null;
  variables: Record<string, string>;
  types: string[];
  status: TwilioTemplateStatus;
  rejectionReason: string | null;
};

type Connection = { accountSid: string; authToken: string; baseUrl?: string; timeoutMs?: number; fetchImpl?: FetchImpl };

/**
 * Every content of the account with its WhatsApp approval, all pages. `approvedOnly` asks Twilio for
 * ChannelEligibility=whatsapp:approved (the import); without it every status comes back (the sync,
 * which must see rejected and paused ones too).
 */
export async function listTwilioContent(
  options: Connection & { approvedOnly?: boolean; pageSize?: number; maxPages?: number },
): Promise<TwilioListResult<TwilioContent>> {
  const query = new URLSearchParams({ PageSize: String(options.pageSize ?? 100) });
  if (options.approvedOnly) query.set("ChannelEligibility", "whatsapp:approved");
  const result = await listAllPages(
    {
      accountSid: options.accountSid,
      authToken: options.authToken,
      baseUrl: options.baseUrl ?? getEnv().TWILIO_CONTENT_API_BASE_URL,
      timeoutMs: options.timeoutMs,
      fetchImpl: options.fetchImpl,
    },
    { path: CONTENT_AND_APPROVALS_PATH, query, key: "contents", itemSchema: contentSchema, maxPages: options.maxPages },
  );
  if (!result.ok) return result;
  return { ...result, items: result.items.map(toContent) };
}

function toContent(entry: z.output<typeof contentSchema>): TwilioContent {
  const approval = entry.approval_requests ?? null;
  return {
    sid: entry.sid,
    friendlyName: entry.friendly_name ?? "",
    whatsappName: approval?.name ? approval.name : null,
    language: entry.language ? entry.language : null,
    category: approval?.category ? approval.category : null,
    body: contentBody(entry.types ?? {}),
    variables: Object.fromEntries(
      Object.entries(entry.variables ?? {}).map(([name, value]) => [
        name,
        value == null ? "" : typeof value === "string" ? value : JSON.stringify(value),
      ]),
    ),
    types: Object.keys(entry.types ?? {}),
    status: mapApprovalStatus(approval?.status),
    rejectionReason: approval?.rejection_reason ? approval.rejection_reason : null,
  };
}

/** Twilio's approval status words (any case) to ours; an unsubmitted content has an empty status. */
export function mapApprovalStatus(status: string | null | undefined): TwilioTemplateStatus {
  const word = (status ?? "").trim().toLowerCase();
  if (word === "" || word === "unsubmitted") return "unsubmitted";
  if (word === "received" || word === "pending") return "pending";
  if (word === "approved" || word === "rejected" || word === "paused" || word === "disabled") return word;
  return "unknown";
}

// The text of a template: twilio/text first, then any other type's body (media, quick reply,
// call to action, WhatsApp card…), in the order Twilio listed them.
function contentBody(types: Record<string, unknown>): string | null {
  const bodyOf = (value: unknown) =>
    typeof value === "object" && value !== null && typeof (value as { body?: unknown }).body === "string"
      ? (value as { body: string }).body.trim()
        ? (value as { body: string }).body
        : null
      : null;
  const text = bodyOf(types["twilio/text"]);
  if (text) return text;
  for (const value of Object.values(types)) {
    const body = bodyOf(value);
    if (body) return body;
  }
  return null;
}
