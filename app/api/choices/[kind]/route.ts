// GET /api/choices/users|accounts|smsAccounts|queues?q= — up to 20 records matching q, for the search
// comboboxes of list filters (lib/choices/search-choices.ts).
import { authorizeRouteUser, parseRouteQuery } from "@/lib/auth/route-auth";
import { getSessionUser } from "@/lib/auth/session";
import { CHOICE_PERMISSIONS, choiceKindSchema, choiceQuerySchema, searchChoices } from "@/lib/choices/search-choices";

export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const kind = choiceKindSchema.safeParse(await params);
  if (!kind.success) return Response.json({ error: "notFound" }, { status: 404 });
  const user = authorizeRouteUser(await getSessionUser(), CHOICE_PERMISSIONS[kind.data.kind]);
  if (user instanceof Response) return user;
  const query = parseRouteQuery(request, choiceQuerySchema);
  if (query instanceof Response) return query;
  return Response.json({ choices: await searchChoices(kind.data.kind, query.data.q) });
}
