// GET /api/inventory/imports — the latest number imports, polled by the inventory page while one runs.
import { getSessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { listRecentImports } from "@/lib/inventory/list-inventory";

export const dynamic = "force-dynamic";

export async function GET() {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "numbers:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  return Response.json({ imports: await listRecentImports() });
}
