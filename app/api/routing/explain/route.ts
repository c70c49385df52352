// GET /api/routing/explain?workstreamId=…&ruleId=… — which agent the routing tester's conversation would
// go to now, and why (lib/workstreams/routing-rules/explain-assignment.ts). A read, so a route handler
// with routing:view, not a server action (lib/actions/declared-access.test.ts).
import { ActionError } from "@/lib/actions/action-error";
import { authorizeRouteUser, parseRouteQuery } from "@/lib/auth/route-auth";
import { getSessionUser } from "@/lib/auth/session";
import { explainAssignment } from "@/lib/workstreams/routing-rules/explain-assignment";
import { explainAssignmentQuerySchema } from "@/lib/workstreams/routing-rules/routing-rules.schema";

export async function GET(request: Request) {
  const user = authorizeRouteUser(await getSessionUser(), "routing:view");
  if (user instanceof Response) return user;
  const query = parseRouteQuery(request, explainAssignmentQuerySchema);
  if (query instanceof Response) return query;
  try {
    return Response.json(await explainAssignment(query.data));
  } catch (error) {
    if (error instanceof ActionError && error.code === "notFound") return Response.json({ error: "notFound" }, { status: 404 });
    throw error;
  }
}
