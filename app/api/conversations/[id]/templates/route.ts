// GET /api/conversations/[id]/templates — the WhatsApp templates an agent can send in this conversation.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { listConversationTemplates } from "@/lib/conversations/conversations";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth(
  { permission: "conversations:handle" },
  async ({ user }, { params }: { params: Promise<{ id: string }> }) => {
    const templates = await listConversationTemplates({ user, conversationId: (await params).id });
    if (!templates) return Response.json({ error: "notFound" }, { status: 404 });
    return Response.json({ templates }, { headers: { "Cache-Control": "no-store" } });
  },
);
