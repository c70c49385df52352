// GET /api/health/ready — readiness for load balancers: 200 once this instance can take traffic (database
// reachable, migrations applied, job engine started), else 503 with a short reason (lib/health/readiness.ts).
import { checkReadiness } from "@/lib/health/probes";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export async function GET() {
  const readiness = await checkReadiness();
  if (readiness.ready) return Response.json({ status: "ready" }, { headers: NO_STORE });
  return Response.json({ status: "unavailable", reason: readiness.reason, detail: readiness.detail }, { status: 503, headers: NO_STORE });
}
