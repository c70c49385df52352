// The Message log's URL (tab + that tab's filters, each tolerant of hand-edited values) and the
// replay action's input.
import { z } from "zod";
import { keysetCursorSchema } from "@/lib/pagination/keyset";
import { CONSENT_STATUSES, FAILURE_OUTCOMES, FAILURE_PROVIDERS, FAILURE_REASONS, HELD_REASONS, HELD_STATUSES } from "./reasons";

export const MESSAGE_LOG_PATH = "/channels/message-log";
export const MESSAGE_LOG_TABS = ["held", "failed", "rejected", "consent"] as const;
export type MessageLogTab = (typeof MESSAGE_LOG_TABS)[number];

/** The account filter's value for requests no account could be found for (a cuid never reads so). */
export const UNKNOWN_ACCOUNT = "unknown";

const blank = (value: unknown) => (value === "" || value === "all" ? undefined : value);
const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blank, z.enum(values).optional()).catch(undefined);
const accountId = z.preprocess(blank, z.string().trim().max(64).optional()).catch(undefined);
const search = z.preprocess(blank, z.string().trim().max(50).optional()).catch(undefined);

export const messageLogTabSchema = z.object({ tab: z.enum(MESSAGE_LOG_TABS).default("held").catch("held") });

export const heldFiltersSchema = z
  .object({
    accountId,
    reason: optionalEnum(HELD_REASONS),
    // "all" means something here (both held and replayed), and still-held is what an admin comes for.
    status: z.enum(HELD_STATUSES).default("held").catch("held"),
  })
  .extend(keysetCursorSchema.shape);
export type HeldFilters = z.infer<typeof heldFiltersSchema>;

export const rejectedFiltersSchema = z
  .object({
    accountId,
    outcome: optionalEnum(FAILURE_OUTCOMES),
    reason: optionalEnum(FAILURE_REASONS),
    provider: optionalEnum(FAILURE_PROVIDERS),
  })
  .extend(keysetCursorSchema.shape);
export type RejectedFilters = z.infer<typeof rejectedFiltersSchema>;

// Callbacks stored and acknowledged whose processing failed for good (every attempt).
export const failedFiltersSchema = z.object({ accountId }).extend(keysetCursorSchema.shape);
export type FailedFilters = z.infer<typeof failedFiltersSchema>;

export const consentFiltersSchema = z
  .object({
    status: optionalEnum(CONSENT_STATUSES),
    number: search,
    customer: search,
  })
  .extend(keysetCursorSchema.shape);
export type ConsentFilters = z.infer<typeof consentFiltersSchema>;

export type MessageLogSearch =
  | { tab: "held"; filters: HeldFilters }
  | { tab: "failed"; filters: FailedFilters }
  | { tab: "rejected"; filters: RejectedFilters }
  | { tab: "consent"; filters: ConsentFilters };

/** Reads the page's search params: the tab, then only that tab's filters. */
export function parseMessageLogSearch(params: Record<string, string | string[] | undefined>): MessageLogSearch {
  const single = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  const { tab } = messageLogTabSchema.parse(single);
  if (tab === "failed") return { tab, filters: failedFiltersSchema.parse(single) };
  if (tab === "rejected") return { tab, filters: rejectedFiltersSchema.parse(single) };
  if (tab === "consent") return { tab, filters: consentFiltersSchema.parse(single) };
  return { tab, filters: heldFiltersSchema.parse(single) };
}

/** The filters a tab's links keep (pagination, "View all"), without the cursor. */
export function filterParams(search: MessageLogSearch): Record<string, string | undefined> {
  const { after: _after, before: _before, ...filters } = search.filters;
  return { tab: search.tab, ...filters };
}

/** A link into the Message log, e.g. from an account page: `messageLogHref("held", { accountId })`. */
export function messageLogHref(tab: MessageLogTab, filters: Record<string, string | undefined> = {}): string {
  const params = new URLSearchParams({ tab });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return `${MESSAGE_LOG_PATH}?${params.toString()}`;
}

export function isFiltered(search: MessageLogSearch): boolean {
  if (search.tab === "held") return Boolean(search.filters.accountId || search.filters.reason || search.filters.status !== "held");
  if (search.tab === "failed") return Boolean(search.filters.accountId);
  if (search.tab === "rejected")
    return Boolean(search.filters.accountId || search.filters.outcome || search.filters.reason || search.filters.provider);
  return Boolean(search.filters.status || search.filters.number || search.filters.customer);
}

export const retryInboundEventSchema = z.object({ eventId: z.string().trim().min(1).max(64) });

export const replayHeldMessageSchema = z.object({ heldMessageId: z.string().trim().min(1).max(64) });

export const assignHeldNumberSchema = z.object({
  heldMessageId: z.string().trim().min(1).max(64),
  numberId: z.string().trim().min(1, "validation.messageLog.chooseNumber").max(64),
});
