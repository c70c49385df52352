// GET /queues/agent-options?q= — active agents matching a search, for a queue's member picker.
import { searchActiveAgents } from "@/lib/agents/list-agents";
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { agentOptionsQuerySchema } from "@/lib/queues/queues.schema";

export const dynamic = "force-dynamic";

// Enough to pick from; a longer list asks for a narrower search instead.
const AGENT_OPTIONS_LIMIT = 50;

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "queues:manage")) return Response.json({ error: "forbidden" }, { status: 403 });
  const query = agentOptionsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success)
    return Response.json({ error: "badRequest", fields: query.error.issues.map((issue) => issue.path.join(".")) }, { status: 400 });
  return Response.json(await searchActiveAgents({ q: query.data.q, limit: AGENT_OPTIONS_LIMIT }), {
    headers: { "Cache-Control": "no-store" },
  });
}
