// POST /api/ping — reads the body and answers 204 without touching the database: the no-op baseline
// `npm run bench:inbound` compares the callback URLs with, and a liveness probe that can't fail on SQLite.
export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  await request.text();
  return new Response(null, { status: 204 });
}
