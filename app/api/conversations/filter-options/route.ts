// GET /api/conversations/filter-options?kind=queue|agent&q= — the conversations filters' search pickers.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { findFilterOptions } from "@/lib/conversations/list";
import { filterOptionsQuerySchema } from "@/lib/conversations/conversations.schema";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth({ permission: "conversations:view", query: filterOptionsQuerySchema }, async ({ user, query }) =>
  Response.json({ options: await findFilterOptions({ user, ...query }) }, { headers: { "Cache-Control": "no-store" } }),
);
