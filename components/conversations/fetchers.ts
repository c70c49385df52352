// The browser side of /api/conversations: typed fetches whose failures keep the HTTP status, so
// the screens can tell "gone" (404) from "try again".
import { getJson } from "@/components/common/get-json";
import type { ConversationDetail, ConversationTemplate } from "@/lib/conversations/conversations";
import type { ConversationList } from "@/lib/conversations/list";
import type { NotificationContent } from "@/lib/conversations/notification-content";
import type { TransferTargets } from "@/lib/conversations/transfer";

export { FetchError, shouldRetry } from "@/components/common/get-json";

/** `params`: the page's own (view, cursor, filters), as in its URL. */
export function fetchConversationList(params: Record<string, string>): Promise<ConversationList> {
  return getJson(`/api/conversations?${new URLSearchParams(params)}`);
}

export function fetchConversation(id: string, limit: number): Promise<ConversationDetail> {
  return getJson(`/api/conversations/${encodeURIComponent(id)}?limit=${limit}`);
}

export async function fetchConversationTemplates(id: string): Promise<ConversationTemplate[]> {
  return (await getJson<{ templates: ConversationTemplate[] }>(`/api/conversations/${encodeURIComponent(id)}/templates`)).templates;
}

export function fetchTransferTargets(id: string, q: string): Promise<TransferTargets> {
  return getJson(`/api/conversations/${encodeURIComponent(id)}/transfer-targets?${new URLSearchParams({ q })}`);
}

export function fetchNotificationContent(id: string, kind: string): Promise<NotificationContent> {
  return getJson(`/api/conversations/${encodeURIComponent(id)}/notification?${new URLSearchParams({ kind })}`);
}
