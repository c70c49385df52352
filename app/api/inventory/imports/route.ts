// GET /api/inventory/imports — the latest number imports, polled by the inventory page while one runs.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { listRecentImports } from "@/lib/inventory/list-inventory";

export const dynamic = "force-dynamic";

export const GET = withRouteAuth({ permission: "numbers:view" }, async () => Response.json({ imports: await listRecentImports() }));
