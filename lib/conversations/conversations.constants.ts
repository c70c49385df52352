// The conversations' fixed values, without zod, for client components (decision 039: the agent
// screens' first load); conversations.schema.ts builds its schemas on them and re-exports them.
import { can, type Role } from "@/lib/auth/permissions";
import type { PRESENCES } from "@/lib/workstreams/workstreams.constants";

export const CONVERSATION_VIEWS = ["mine", "queues", "all", "resolved"] as const;
export type ConversationView = (typeof CONVERSATION_VIEWS)[number];

export const CONVERSATIONS_PAGE_SIZE = 25;
/** Messages shown when a conversation opens; "Show earlier messages" adds as many again. */
export const MESSAGES_PAGE_SIZE = 100;
export const MAX_MESSAGES_LIMIT = 2000;

export const MAX_ATTACHMENTS = 5;
/** All files of one reply together; also what next.config's serverActions.bodySizeLimit is sized for. */
export const MAX_TOTAL_ATTACHMENT_MB = 25;

/** The tabs a role sees: "Mine" only for those who can be assigned conversations. */
export function availableViews(role: Role): ConversationView[] {
  return can(role, "conversations:handle") ? [...CONVERSATION_VIEWS] : ["queues", "all", "resolved"];
}

export function defaultView(role: Role): ConversationView {
  return can(role, "conversations:handle") ? "mine" : "all";
}

/** Tab counts stop here ("99+"): counting a whole backlog on every refresh would cost O(table). */
export const COUNT_CAP = 99;

export const CONVERSATION_CHANNELS = ["SMS", "WHATSAPP"] as const;
export const CONVERSATION_STATUS_FILTERS = ["open", "resolved"] as const;
/** The agent filter's "nobody has it" choice. */
export const UNASSIGNED = "none";

export type Presence = (typeof PRESENCES)[number];
