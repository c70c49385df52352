import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "./session";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("./session", () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const { withRouteAuth } = await import("./route-auth");

const agent: SessionUser = { id: "u1", email: "a@example.com", name: "Ann", role: "AGENT", locale: "en", timeZone: null };
const viewer: SessionUser = { ...agent, id: "u2", role: "VIEWER" };
const context = { params: Promise.resolve({ id: "c1" }) };

const GET = withRouteAuth(
  { permission: "conversations:handle", query: z.object({ page: z.coerce.number().int().min(1) }) },
  async ({ user, query }, { params }: typeof context) => Response.json({ userId: user.id, page: query.page, id: (await params).id }),
);

describe("withRouteAuth", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("answers 401 without a session, before reading the query", async () => {
    const response = await GET(new Request("http://test/x?page=oops"), context);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: "unauthenticated" });
  });

  it("answers 403 to a user without the permission", async () => {
    session.user = viewer;
    const response = await GET(new Request("http://test/x?page=1"), context);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({ error: "forbidden" });
  });

  it("answers 400 naming the fields of an invalid query", async () => {
    session.user = agent;
    const response = await GET(new Request("http://test/x?page=0"), context);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "badRequest", fields: ["page"] });
  });

  it("runs the handler with the user, the parsed query and the route's params", async () => {
    session.user = agent;
    const response = await GET(new Request("http://test/x?page=2"), context);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ userId: "u1", page: 2, id: "c1" });
  });

  it("gives the handler's own answer to a refused request when it has one", async () => {
    const notFound = () => new Response("Not found", { status: 404 });
    const handler = vi.fn(() => Promise.resolve(new Response("secret")));
    const media = withRouteAuth({ permission: "conversations:view", denied: notFound }, handler);
    expect((await media(new Request("http://test/m"), {})).status).toBe(404);
    session.user = { ...agent, role: "VIEWER" };
    expect((await media(new Request("http://test/m"), {})).status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });
});
