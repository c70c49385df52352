// GET /api/conversations?view=mine|queues|all|resolved&older=|newer=&q=&text=&channel=&queueId=&agentId=&status=&from=&to=
// — one page of a dashboard tab (or search results when a filter is set), refetched on live updates.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { listConversations } from "@/lib/conversations/list";
import { conversationListQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth({ permission: "conversations:view", query: conversationListQuerySchema }, async ({ user, query }) =>
  Response.json(await listConversations({ user, ...query }), { headers: { "Cache-Control": "no-store" } }),
);
