// GET /api/conversations/[id]?limit= — one conversation and its latest messages, polled by its
// page; reading it marks it read for the signed-in user.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { findConversation } from "@/lib/conversations/conversations";
import { conversationDetailQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "conversations:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  const query = conversationDetailQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return Response.json({ error: "badRequest", fields: query.error.issues.map((issue) => issue.path.join(".")) }, { status: 400 });
  const detail = await findConversation({ user, conversationId: (await params).id, limit: query.data.limit, markRead: true });
  if (!detail) return Response.json({ error: "notFound" }, { status: 404 });
  return Response.json(detail, { headers: { "Cache-Control": "no-store" } });
}
