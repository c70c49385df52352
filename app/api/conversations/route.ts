// GET /api/conversations?view=mine|queues|all|resolved&page= — one page of a dashboard tab, polled.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { listConversations } from "@/lib/conversations/conversations";
import { conversationListQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth({ permission: "conversations:view", query: conversationListQuerySchema }, async ({ user, query }) =>
  Response.json(await listConversations({ user, ...query }), { headers: { "Cache-Control": "no-store" } }),
);
