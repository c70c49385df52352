// GET /api/health — liveness: the process answers HTTP. It touches nothing else, so a database outage
// never makes an orchestrator restart every instance; readiness is GET /api/health/ready.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
