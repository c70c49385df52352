// GET /api/conversations/[id]?limit= — one conversation and its latest messages, polled by its
// page; reading it marks it read for the signed-in user.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { findConversation } from "@/lib/conversations/conversations";
import { conversationDetailQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth(
  { permission: "conversations:view", query: conversationDetailQuerySchema },
  async ({ user, query }, { params }: { params: Promise<{ id: string }> }) => {
    const detail = await findConversation({ user, conversationId: (await params).id, limit: query.limit, markRead: true });
    if (!detail) return Response.json({ error: "notFound" }, { status: 404 });
    return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
  },
);
