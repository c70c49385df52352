// The browser side of /api/conversations: typed fetches whose failures keep the HTTP status, so
// the screens can tell "gone" (404) from "try again".
import type { ConversationDetail, ConversationList, ConversationTemplate } from "@/lib/conversations/conversations";
import type { ConversationView } from "@/lib/conversations/conversations.schema";

export class FetchError extends Error {
  constructor(readonly status: number) {
    super(`request failed with ${status}`);
    this.name = "FetchError";
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store", headers: { Accept: "application/json" } });
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}

export function fetchConversationList(view: ConversationView | undefined, page: number): Promise<ConversationList> {
  const search = new URLSearchParams({ page: String(page) });
  if (view) search.set("view", view);
  return getJson(`/api/conversations?${search}`);
}

export function fetchConversation(id: string, limit: number): Promise<ConversationDetail> {
  return getJson(`/api/conversations/${encodeURIComponent(id)}?limit=${limit}`);
}

export async function fetchConversationTemplates(id: string): Promise<ConversationTemplate[]> {
  return (await getJson<{ templates: ConversationTemplate[] }>(`/api/conversations/${encodeURIComponent(id)}/templates`)).templates;
}

/** Don't retry what can't get better by retrying. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof FetchError && [401, 403, 404].includes(error.status)) return false;
  return failureCount < 2;
}
