import { describe, expect, it } from "vitest";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./body-limits.mjs";
import { refuseActionBody, refuseByHeaders } from "./request-guards.mjs";

const page = { method: "GET", rawPath: "/channels/accounts", headers: {} };
const action = (headers: Record<string, string>) =>
  refuseByHeaders({
    method: "POST",
    rawPath: "/sign-in",
    headers: { "next-action": "abc", host: "127.0.0.1:3000", "content-length": "20", ...headers },
  });

describe("refuseByHeaders", () => {
  it("lets ordinary requests through", () => {
    expect(refuseByHeaders(page)).toBeNull();
    expect(refuseByHeaders({ ...page, rawPath: "/channels/accounts/%E2%82%AC" })).toBeNull();
    expect(action({ origin: "http://127.0.0.1:3000" })).toBeNull();
    expect(action({ origin: "https://switchboard.example.com", "x-forwarded-host": "switchboard.example.com" })).toBeNull();
    expect(action({})).toBeNull(); // no Origin: not a browser, no CSRF
    // Webhooks and other route handlers are not server actions.
    expect(
      refuseByHeaders({
        method: "POST",
        rawPath: "/api/webhooks/twilio/k",
        headers: { "content-type": "multipart/form-data; boundary=x" },
      }),
    ).toBeNull();
  });

  it("answers 400 to invalid percent-encoding in the path", () => {
    expect(refuseByHeaders({ ...page, rawPath: "/channels/accounts/%E0%A4%A" })?.status).toBe(400);
    expect(refuseByHeaders({ ...page, rawPath: "/api/media/%zz" })?.status).toBe(400);
  });

  it("answers 403 to a server action or multipart post from another origin", () => {
    expect(action({ origin: "https://evil.example" })?.status).toBe(403);
    expect(action({ origin: "null" })?.status).toBe(403);
    const form = {
      host: "127.0.0.1:3000",
      origin: "https://evil.example",
      "content-type": "multipart/form-data; boundary=x",
      "content-length": "10",
    };
    expect(refuseByHeaders({ method: "POST", rawPath: "/sign-in", headers: form })?.status).toBe(403);
  });

  it("answers 413 above the limit, and above 1 MB without a session cookie", () => {
    const over = String(SERVER_ACTION_BODY_LIMIT_BYTES + 1);
    expect(action({ "content-length": over, cookie: "sb_session=x" })?.status).toBe(413);
    expect(action({ "content-length": String(2 * 1024 * 1024) })?.status).toBe(413);
    expect(action({ "content-length": String(2 * 1024 * 1024), cookie: "NEXT_LOCALE=en; sb_session=x" })).toBeNull();
  });

  it("answers 411/400 to an action without a usable Content-Length", () => {
    expect(refuseByHeaders({ method: "POST", rawPath: "/sign-in", headers: { "next-action": "abc" } })?.status).toBe(411);
    expect(action({ "content-length": "-5" })?.status).toBe(400);
  });
});

describe("refuseActionBody", () => {
  const multipart = (parts: string) => ({
    contentType: "multipart/form-data; boundary=b",
    body: Buffer.from(parts.replaceAll("\n", "\r\n")),
    isFetchAction: true,
  });

  it("accepts what React sends", async () => {
    expect(
      await refuseActionBody({ contentType: "text/plain;charset=UTF-8", body: Buffer.from('[{"email":"a@b.c"}]'), isFetchAction: true }),
    ).toBeNull();
    expect(await refuseActionBody(multipart('--b\nContent-Disposition: form-data; name="0"\n\n["$K1"]\n--b--\n'))).toBeNull();
  });

  it("answers 400 to bodies Next.js can't decode", async () => {
    for (const text of ["{not json", "", "["]) {
      expect(
        (await refuseActionBody({ contentType: "text/plain;charset=UTF-8", body: Buffer.from(text), isFetchAction: true }))?.status,
      ).toBe(400);
    }
    expect((await refuseActionBody(multipart("--y\n\n")))?.status).toBe(400);
    expect((await refuseActionBody(multipart('--b\nContent-Disposition: form-data; name="0"\n\n[garbage\n--b--\n')))?.status).toBe(400);
  });
});
