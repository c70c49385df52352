// POST /api/ping — reads the body (at most 1 kB, else 413) and answers 204 without touching the
// database: the no-op baseline `npm run bench:inbound` compares the callback URLs with, and a liveness
// probe that can't fail on SQLite.
import { BODY_LIMITS, payloadTooLarge, readBodyWithLimit } from "@/lib/http/read-body";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  const body = await readBodyWithLimit(request, BODY_LIMITS.ping);
  if (!body.ok) return payloadTooLarge(BODY_LIMITS.ping);
  return new Response(null, { status: 204 });
}
