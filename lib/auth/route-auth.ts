// The preamble of every signed-in route handler, in one place: who is asking (401 without a session),
// may they (403 without the permission), and, for handlers that take a query string, is it valid
// (400 naming the fields). Route handlers then hold only their own work.
import "server-only";
import type { z } from "zod";
import { can, type Permission } from "./permissions";
import { getSessionUser, type SessionUser } from "./session";

type RouteAuthOptions<Query> = {
  permission: Permission;
  /** The query string's schema; the handler gets its parsed value. */
  query?: z.ZodType<Query>;
  /** The answer to a missing session or permission, when 401/403 would say too much (files: 404). */
  denied?: () => Response;
};

type RouteInput<Query> = { user: SessionUser; request: Request; query: Query };

/** The signed-in user when they hold `permission`, else the 401/403 JSON answer. */
export function authorizeRouteUser(user: SessionUser | null, permission: Permission): SessionUser | Response {
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, permission)) return Response.json({ error: "forbidden" }, { status: 403 });
  return user;
}

/** Search parameters parsed by `schema`, else the 400 JSON answer naming the fields. */
export function parseRouteQuery<Query>(request: Request, schema: z.ZodType<Query>): { data: Query } | Response {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (parsed.success) return { data: parsed.data };
  return Response.json({ error: "badRequest", fields: parsed.error.issues.map((issue) => issue.path.join(".")) }, { status: 400 });
}

/**
 * A route handler that runs only for a signed-in user with the permission (and a valid query). The
 * handler's second argument is Next's route context (`{ params }`), passed through as it came.
 */
export function withRouteAuth<Query = undefined, Context = unknown>(
  options: RouteAuthOptions<Query>,
  handler: (input: RouteInput<Query>, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    const user = authorizeRouteUser(await getSessionUser(), options.permission);
    if (user instanceof Response) return options.denied ? options.denied() : user;
    let query = undefined as Query;
    if (options.query) {
      const parsed = parseRouteQuery(request, options.query);
      if (parsed instanceof Response) return parsed;
      query = parsed.data;
    }
    return handler({ user, request, query }, context);
  };
}
