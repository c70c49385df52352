// GET /api/conversations?view=mine|queues|all|resolved&page= — one page of a dashboard tab, polled.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listConversations } from "@/lib/conversations/conversations";
import { conversationListQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "conversations:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  const query = conversationListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return Response.json({ error: "badRequest", fields: query.error.issues.map((issue) => issue.path.join(".")) }, { status: 400 });
  return Response.json(await listConversations({ user, ...query.data }), { headers: { "Cache-Control": "no-store" } });
}
