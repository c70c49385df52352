// GET /queues/agent-options?q= — active agents matching a search, for a queue's member picker.
import { searchActiveAgents } from "@/lib/agents/list-agents";
import { withRouteAuth } from "@/lib/auth/route-auth";
import { agentOptionsQuerySchema } from "@/lib/queues/queues.schema";

export const dynamic = "force-dynamic";

// Enough to pick from; a longer list asks for a narrower search instead.
const AGENT_OPTIONS_LIMIT = 50;

export const GET = withRouteAuth({ permission: "queues:manage", query: agentOptionsQuerySchema }, async ({ query }) =>
  Response.json(await searchActiveAgents({ q: query.q, limit: AGENT_OPTIONS_LIMIT }), { headers: { "Cache-Control": "no-store" } }),
);
