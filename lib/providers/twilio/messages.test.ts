// Sending and media download against real local HTTP servers (no fetch mocks): scripted ones per
// case, then the e2e fake, which must behave the same way.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { FAKE_MEDIA_PNG } from "@/e2e/fakes/fake-twilio-messages";
import { closedPortUrl, json, withLocalServer, type Handler } from "../testing/local-server";
import { fetchTwilioMedia, sendTwilioMessage } from "./messages";

const SID = "AC0123456789abcdef0123456789abcdef";
const TOKEN = "secret-token-0123456789";
const BASIC = `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`;
const CALLBACK = "https://switchboard.example.com/api/webhooks/twilio/key123";

const twilioError = (code: number, status: number, message: string) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});
const created = (sid: string) => ({
  sid,
  status: "queued",
  account_sid: SID,
  to: "+14155550100",
  from: "+14155550199",
  body: "Hi",
  direction: "outbound-api",
});

describe("sendTwilioMessage", () => {
  const base = { accountSid: SID, authToken: TOKEN, to: "+14155550100", from: "+14155550199", statusCallback: CALLBACK };

  it("POSTs the form with Basic auth and returns the SID and status", async () => {
    await withLocalServer(json(201, created("SM0123456789abcdef0123456789abcdef")), async (baseUrl, seen) => {
      const result = await sendTwilioMessage({ ...base, body: "Hello 👋", baseUrl });
      expect(result).toEqual({ ok: true, sid: "SM0123456789abcdef0123456789abcdef", status: "queued" });
      expect(seen[0]).toMatchObject({ method: "POST", url: `/2010-04-01/Accounts/${SID}/Messages.json` });
      expect(seen[0]?.headers.authorization).toBe(BASIC);
      expect(seen[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect([...new URLSearchParams(seen[0]?.body)]).toEqual([
        ["To", "+14155550100"],
        ["From", "+14155550199"],
        ["Body", "Hello 👋"],
        ["StatusCallback", CALLBACK],
      ]);
    });
  });

  it("repeats MediaUrl per attachment and sends ContentSid with ContentVariables as JSON", async () => {
    await withLocalServer(json(201, created("MM0123456789abcdef0123456789abcdef")), async (baseUrl, seen) => {
      await sendTwilioMessage({
        ...base,
        from: "whatsapp:+14155550199",
        to: "whatsapp:+14155550100",
        mediaUrls: ["https://switchboard.example.com/api/media/public/a", "https://switchboard.example.com/api/media/public/b"],
        contentSid: "HX0123456789abcdef0123456789abcdef",
        contentVariables: { "1": "Ada", "2": '12 May, 10:00 "sharp"' },
        baseUrl,
      });
      const form = new URLSearchParams(seen[0]?.body);
      expect(form.has("Body")).toBe(false);
      expect(form.getAll("MediaUrl")).toEqual([
        "https://switchboard.example.com/api/media/public/a",
        "https://switchboard.example.com/api/media/public/b",
      ]);
      expect(form.get("ContentSid")).toBe("HX0123456789abcdef0123456789abcdef");
      expect(JSON.parse(form.get("ContentVariables") ?? "")).toEqual({ "1": "Ada", "2": '12 May, 10:00 "sharp"' });
      expect(form.get("From")).toBe("whatsapp:+14155550199");
    });
  });

  it.each([
    [400, twilioError(21610, 400, "Attempt to send to unsubscribed recipient"), "21610", "rejected"],
    [400, twilioError(21211, 400, "Invalid 'To' Phone Number: +1415"), "21211", "rejected"],
    [400, twilioError(63016, 400, "Failed to send freeform message because you are outside the allowed window."), "63016", "rejected"],
    [401, twilioError(20003, 401, "Authenticate"), "20003", "auth"],
  ] as const)("maps HTTP %i with code %j", async (status, body, errorCode, reason) => {
    await withLocalServer(json(status, body), async (baseUrl) => {
      const result = await sendTwilioMessage({ ...base, body: "Hi", baseUrl });
      expect(result).toEqual({
        ok: false,
        errorCode,
        httpStatus: status,
        message: body.message,
        reason,
        kind: "refused",
        retryAfterMs: null,
      });
      expect(JSON.stringify(result)).not.toContain(TOKEN);
    });
  });

  it("reports answers without a Twilio error body by HTTP status", async () => {
    await withLocalServer(json(401, null), async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toEqual({
        ok: false,
        errorCode: "http-401",
        httpStatus: 401,
        message: null,
        reason: "auth",
        kind: "refused",
        retryAfterMs: null,
      });
    });
    await withLocalServer(json(502, "<html>Bad gateway</html>"), async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toEqual({
        ok: false,
        errorCode: "http-502",
        httpStatus: 502,
        message: null,
        reason: "rejected",
        kind: "refused",
        retryAfterMs: null,
      });
    });
    await withLocalServer(json(201, { hello: "world" }), async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toMatchObject({
        ok: false,
        errorCode: "unexpectedResponse",
        httpStatus: 201,
        // Twilio took it (2xx): only its status callback can say what became of it.
        kind: "outcomeUnknown",
      });
    });
  });

  it("reports a closed port as unreachable and a stalled server as timeout", async () => {
    expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl: await closedPortUrl() })).toEqual({
      ok: false,
      errorCode: "unreachable",
      httpStatus: null,
      message: null,
      reason: "unreachable",
      // Nothing connected, so nothing was sent: safe to send again.
      kind: "notSent",
      retryAfterMs: null,
    });
    const slow: Handler = (req, res, body) => void setTimeout(() => json(201, created("SMx"))(req, res, body), 1_000);
    await withLocalServer(slow, async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl, timeoutMs: 100 })).toMatchObject({
        ok: false,
        reason: "timeout",
        errorCode: "timeout",
        // The request was read: Twilio may have queued the message, so it must never be sent blindly again.
        kind: "outcomeUnknown",
      });
    });
  });

  it("tells a send that never left from one whose answer was lost", async () => {
    // DNS failure: nothing could be sent.
    expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl: "http://switchboard-no-such-host.invalid" })).toMatchObject({
      errorCode: "unreachable",
      kind: "notSent",
    });
    // The server read the whole request, then dropped the connection: it may have acted on it.
    const reset: Handler = (req) => void req.socket.destroy();
    await withLocalServer(reset, async (baseUrl, seen) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toMatchObject({ errorCode: "unreachable", kind: "outcomeUnknown" });
      expect(seen.length).toBeGreaterThan(0);
    });
  });

  it("reads 429 / 20429 as rate limited, with Twilio's Retry-After", async () => {
    const limited: Handler = (_req, res) => {
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "7" });
      res.end(JSON.stringify(twilioError(20429, 429, "Too Many Requests")));
    };
    await withLocalServer(limited, async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toEqual({
        ok: false,
        errorCode: "20429",
        httpStatus: 429,
        message: "Too Many Requests",
        reason: "rejected",
        kind: "rateLimited",
        retryAfterMs: 7_000,
      });
    });
    await withLocalServer(json(429, twilioError(20429, 429, "Too Many Requests")), async (baseUrl) => {
      expect(await sendTwilioMessage({ ...base, body: "Hi", baseUrl })).toMatchObject({ kind: "rateLimited", retryAfterMs: null });
    });
  });
});

describe("fetchTwilioMedia", () => {
  const mediaPath = `/2010-04-01/Accounts/${SID}/Messages/MM0123456789abcdef0123456789abcdef/Media/ME0123456789abcdef0123456789abcdef`;
  const png: Handler = (_req, res) => {
    res.writeHead(200, { "Content-Type": "image/png" });
    res.end(FAKE_MEDIA_PNG);
  };

  it("sends credentials to the API, then follows the redirect to the CDN without them", async () => {
    await withLocalServer(png, async (cdnUrl, cdnSeen) => {
      const api: Handler = (req, res) => {
        if (req.headers.authorization !== BASIC) return json(401, twilioError(20003, 401, "Authenticate"))(req, res, "");
        res.writeHead(307, { Location: `${cdnUrl}/signed/ME0123?Expires=1&Signature=abc` });
        res.end();
      };
      await withLocalServer(api, async (baseUrl, apiSeen) => {
        const result = await fetchTwilioMedia({
          accountSid: SID,
          authToken: TOKEN,
          url: `${baseUrl}${mediaPath}`,
          maxBytes: 1_000,
          baseUrl,
        });
        expect(result).toEqual({ ok: true, contentType: "image/png", data: FAKE_MEDIA_PNG });
        expect(apiSeen).toHaveLength(1);
        expect(cdnSeen).toHaveLength(1);
        expect(cdnSeen[0]?.url).toBe("/signed/ME0123?Expires=1&Signature=abc");
        expect(cdnSeen[0]?.headers.authorization).toBeUndefined();
      });
    });
  });

  it("follows at most 3 redirects", async () => {
    const loop: Handler = (req, res) => {
      res.writeHead(302, { Location: req.url ?? "/" });
      res.end();
    };
    await withLocalServer(loop, async (baseUrl, seen) => {
      expect(
        await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url: `${baseUrl}${mediaPath}`, maxBytes: 1_000, baseUrl }),
      ).toEqual({ ok: false, reason: "unreachable" });
      expect(seen).toHaveLength(4);
      expect(seen.slice(1).every((request) => request.headers.authorization === undefined)).toBe(true);
    });
  });

  it("refuses to send credentials anywhere but this account's resources on the configured API", async () => {
    await withLocalServer(png, async (baseUrl, seen) => {
      const other = "AC" + "f".repeat(32);
      for (const url of [
        `https://evil.example.com${mediaPath}`,
        `${baseUrl.replace("127.0.0.1", "localhost")}${mediaPath}`,
        `${baseUrl}/2010-04-01/Accounts/${other}/Messages/MM1/Media/ME1`,
        `${baseUrl}/2010-04-01/Accounts/${SID}/../${other}/Messages/MM1/Media/ME1`,
        `${baseUrl}/2010-04-01/Accounts/${SID}`,
        `${baseUrl.replace("http://", `http://${SID}:x@`)}${mediaPath}`,
        "not a url",
      ]) {
        expect(await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url, maxBytes: 1_000, baseUrl }), url).toEqual({
          ok: false,
          reason: "notOwnResource",
        });
      }
      expect(seen).toHaveLength(0);
    });
  });

  it("enforces maxBytes with and without a Content-Length", async () => {
    await withLocalServer(png, async (baseUrl) => {
      expect(
        await fetchTwilioMedia({
          accountSid: SID,
          authToken: TOKEN,
          url: `${baseUrl}${mediaPath}`,
          maxBytes: FAKE_MEDIA_PNG.length - 1,
          baseUrl,
        }),
      ).toEqual({ ok: false, reason: "tooLarge" });
      expect(
        await fetchTwilioMedia({
          accountSid: SID,
          authToken: TOKEN,
          url: `${baseUrl}${mediaPath}`,
          maxBytes: FAKE_MEDIA_PNG.length,
          baseUrl,
        }),
      ).toMatchObject({ ok: true });
    });
    const declared: Handler = (_req, res) => {
      res.writeHead(200, { "Content-Type": "image/jpeg", "Content-Length": "5000000" });
      res.end();
    };
    await withLocalServer(declared, async (baseUrl) => {
      expect(
        await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url: `${baseUrl}${mediaPath}`, maxBytes: 1_000, baseUrl }),
      ).toEqual({ ok: false, reason: "tooLarge" });
    });
  });

  it("maps 404 to notFound, 401 to credentialsRefused and a closed port to unreachable", async () => {
    await withLocalServer(json(404, twilioError(20404, 404, "Not found")), async (baseUrl) => {
      expect(
        await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url: `${baseUrl}${mediaPath}`, maxBytes: 1_000, baseUrl }),
      ).toEqual({ ok: false, reason: "notFound" });
    });
    await withLocalServer(json(401, twilioError(20003, 401, "Authenticate")), async (baseUrl) => {
      expect(
        await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url: `${baseUrl}${mediaPath}`, maxBytes: 1_000, baseUrl }),
      ).toEqual({ ok: false, reason: "credentialsRefused" });
    });
    const closed = await closedPortUrl();
    expect(
      await fetchTwilioMedia({ accountSid: SID, authToken: TOKEN, url: `${closed}${mediaPath}`, maxBytes: 1_000, baseUrl: closed }),
    ).toEqual({ ok: false, reason: "unreachable" });
  });
});

describe("against the e2e fake Twilio", () => {
  let fake: Awaited<ReturnType<typeof startFakeTwilio>>;
  let control: ReturnType<typeof createFakeTwilioControl>;
  beforeAll(async () => {
    fake = await startFakeTwilio({ port: 0 });
    control = createFakeTwilioControl(fake.url);
  });
  afterAll(() => fake.close());

  it("creates messages shaped like the OpenAPI resource and records each send", async () => {
    const account = await control.addAccount();
    const connection = { accountSid: account.sid, authToken: account.authToken, baseUrl: fake.url, statusCallback: CALLBACK };
    const sms = await sendTwilioMessage({ ...connection, to: "+14155550100", from: "+14155550199", body: "Hello" });
    expect(sms).toMatchObject({ ok: true, sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), status: "queued" });
    const mms = await sendTwilioMessage({
      ...connection,
      to: "+14155550100",
      from: "+14155550199",
      mediaUrls: ["https://a.test/1.png", "https://a.test/2.png"],
    });
    expect(mms).toMatchObject({ ok: true, sid: expect.stringMatching(/^MM[0-9a-f]{32}$/) });

    const raw = await fetch(`${fake.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        To: "whatsapp:+14155550100",
        From: "whatsapp:+14155550199",
        ContentSid: `HX${"a".repeat(32)}`,
        ContentVariables: '{"1":"Ada"}',
      }),
    });
    expect(raw.status).toBe(201);
    const resource = (await raw.json()) as Record<string, unknown>;
    expect(Object.keys(resource).sort()).toEqual(
      [
        "account_sid",
        "api_version",
        "body",
        "date_created",
        "date_sent",
        "date_updated",
        "direction",
        "error_code",
        "error_message",
        "from",
        "messaging_service_sid",
        "num_media",
        "num_segments",
        "price",
        "price_unit",
        "sid",
        "status",
        "subresource_uris",
        "to",
        "uri",
      ].sort(),
    );
    expect(resource).toMatchObject({
      account_sid: account.sid,
      to: "whatsapp:+14155550100",
      status: "queued",
      direction: "outbound-api",
      num_media: "0",
      error_code: null,
      api_version: "2010-04-01",
    });
    expect(String(resource.date_created)).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);

    const sends = await control.messages();
    expect(sends.map((s) => s.sid)).toEqual([sms.ok && sms.sid, mms.ok && mms.sid, resource.sid]);
    expect(sends[1]).toMatchObject({
      accountSid: account.sid,
      mediaUrls: ["https://a.test/1.png", "https://a.test/2.png"],
      form: { StatusCallback: CALLBACK },
    });
  });

  it("validates like Twilio and refuses unsubscribed recipients with 21610", async () => {
    const account = await control.addAccount();
    const connection = {
      accountSid: account.sid,
      authToken: account.authToken,
      baseUrl: fake.url,
      statusCallback: CALLBACK,
      from: "+14155550199",
    };
    await control.unsubscribe({ accountSid: account.sid, to: "+14155550111" });

    expect(await sendTwilioMessage({ ...connection, to: "+14155550111", body: "Hi" })).toEqual({
      ok: false,
      errorCode: "21610",
      httpStatus: 400,
      message: "Attempt to send to unsubscribed recipient",
      reason: "rejected",
      kind: "refused",
      retryAfterMs: null,
    });
    expect(await sendTwilioMessage({ ...connection, to: "+14155550112" })).toMatchObject({ errorCode: "21619" });
    expect(await sendTwilioMessage({ ...connection, to: "12345", body: "Hi" })).toMatchObject({ errorCode: "21211" });
    expect(await sendTwilioMessage({ ...connection, to: "+14155550112", from: "", body: "Hi" })).toMatchObject({ errorCode: "21603" });
    expect(await sendTwilioMessage({ ...connection, to: "+14155550112", contentSid: "HX123" })).toMatchObject({ errorCode: "21655" });
    expect(await sendTwilioMessage({ ...connection, to: "+14155550112", authToken: "wrong", body: "Hi" })).toMatchObject({
      reason: "auth",
      errorCode: "20003",
    });
    // Another account may still text the number: opt-outs are per sender.
    const other = await control.addAccount();
    expect(
      await sendTwilioMessage({ ...connection, accountSid: other.sid, authToken: other.authToken, to: "+14155550111", body: "Hi" }),
    ).toMatchObject({ ok: true });

    const sends = (await control.messages()).filter((s) => s.accountSid === account.sid);
    expect(sends.map((s) => s.errorCode)).toEqual([21610, 21619, 21211, 21603, 21655]);
    expect(sends.every((s) => s.sid === null)).toBe(true);
  });

  it("answers ContentVariables that are not a JSON object with 21656", async () => {
    const account = await control.addAccount();
    const post = (form: Record<string, string>) =>
      fetch(`${fake.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
        method: "POST",
        headers: {
          Authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString("base64")}`,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ To: "+14155550100", From: "+14155550199", ContentSid: `HX${"b".repeat(32)}`, ...form }),
      }).then(async (response) => ({ status: response.status, body: (await response.json()) as { code?: number } }));
    for (const variables of ["not json", "[1]", '"x"', "null"]) {
      expect(await post({ ContentVariables: variables }), variables).toMatchObject({ status: 400, body: { code: 21656 } });
    }
    expect(await post({ ContentVariables: '{"1":"x"}' })).toMatchObject({ status: 201 });
    expect(await post({ To: "" })).toMatchObject({ status: 400, body: { code: 21604 } });
  });

  it("serves media through an authenticated redirect to an unauthenticated CDN URL", async () => {
    const account = await control.addAccount();
    const url = `${fake.url}/2010-04-01/Accounts/${account.sid}/Messages/MM${"1".repeat(32)}/Media/ME${"2".repeat(32)}`;
    expect(
      await fetchTwilioMedia({ accountSid: account.sid, authToken: account.authToken, url, maxBytes: 10_000, baseUrl: fake.url }),
    ).toEqual({
      ok: true,
      contentType: "image/png",
      data: FAKE_MEDIA_PNG,
    });
    expect(await fetchTwilioMedia({ accountSid: account.sid, authToken: "wrong", url, maxBytes: 10_000, baseUrl: fake.url })).toEqual({
      ok: false,
      reason: "credentialsRefused",
    });
    const unauthenticated = await fetch(url, { redirect: "manual" });
    expect(unauthenticated.status).toBe(401);
  });

  it("reset forgets sends and opt-outs", async () => {
    const account = await control.addAccount({ sid: `AC${"c".repeat(32)}`, authToken: "t" });
    await control.unsubscribe({ accountSid: account.sid, to: "+14155550100" });
    await control.reset();
    expect(await control.messages()).toEqual([]);
    const again = await control.addAccount({ sid: account.sid, authToken: "t" });
    expect(
      await sendTwilioMessage({
        accountSid: again.sid,
        authToken: "t",
        to: "+14155550100",
        from: "+14155550199",
        body: "Hi",
        statusCallback: CALLBACK,
        baseUrl: fake.url,
      }),
    ).toMatchObject({ ok: true });
  });
});
