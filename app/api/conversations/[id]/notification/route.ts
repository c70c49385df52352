// GET /api/conversations/[id]/notification?kind= — what an agent notification about this conversation
// says (the workstream's template and its values), for a user who may see it. See decision 029.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { findNotificationContent } from "@/lib/conversations/notification-content";
import { notificationContentQuerySchema } from "@/lib/conversations/notification-preferences.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth(
  { permission: "conversations:view", query: notificationContentQuerySchema },
  async ({ user, query }, { params }: { params: Promise<{ id: string }> }) => {
    const content = await findNotificationContent({ user, conversationId: (await params).id, kind: query.kind });
    if (!content) return Response.json({ error: "notFound" }, { status: 404 });
    return Response.json(content, { headers: { "Cache-Control": "no-store" } });
  },
);
