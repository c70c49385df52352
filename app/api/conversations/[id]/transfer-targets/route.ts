// GET /api/conversations/[id]/transfer-targets?q= — the queues and agents the transfer dialog offers.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { listTransferTargets } from "@/lib/conversations/transfer";
import { transferTargetsQuerySchema } from "@/lib/conversations/transfer.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth(
  { permission: "conversations:handle", query: transferTargetsQuerySchema },
  async ({ user, query }, { params }: { params: Promise<{ id: string }> }) => {
    const targets = await listTransferTargets({ user, conversationId: (await params).id, q: query.q });
    if (!targets) return Response.json({ error: "notFound" }, { status: 404 });
    return Response.json(targets, { headers: { "Cache-Control": "no-store" } });
  },
);
