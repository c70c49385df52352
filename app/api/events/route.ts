// GET /api/events — the signed-in user's live updates as Server-Sent Events: what changed in the
// conversations they may see (ids only; the browser refetches). See lib/live and decision 019.
import { can } from "@/lib/auth/permissions";
import { getSessionUser } from "@/lib/auth/session";
import { openLiveEventResponse } from "@/lib/live/stream";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  if (!can(user.role, "conversations:view")) return Response.json({ error: "forbidden" }, { status: 403 });
  return openLiveEventResponse({ user, signal: request.signal });
}
