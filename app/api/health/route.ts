// GET /api/health — liveness and database check for load balancers and the test harness.
import { countUsers } from "@/lib/users/count-users";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await countUsers();
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "unavailable" }, { status: 503 });
  }
}
