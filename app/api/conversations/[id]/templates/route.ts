// GET /api/conversations/[id]/templates — the WhatsApp templates an agent can send in this conversation.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { listConversationTemplates } from "@/lib/conversations/conversations";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "conversations:handle")) return Response.json({ error: "forbidden" }, { status: 403 });
  const templates = await listConversationTemplates({ user, conversationId: (await params).id });
  if (!templates) return Response.json({ error: "notFound" }, { status: 404 });
  return Response.json({ templates }, { headers: { "Cache-Control": "no-store" } });
}
