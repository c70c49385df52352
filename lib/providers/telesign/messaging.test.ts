// The TeleSign SMS send against real local HTTP servers that check the TSA signature (no fetch
// mocks), then against the e2e fake, which must agree with them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelesignControl } from "@/e2e/fakes/control";
import { startFakeTelesign } from "@/e2e/fakes/fake-telesign";
import { postTelesignWebhook } from "@/e2e/support/webhooks";
import { closedPortUrl, json, withLocalServer, type Handler, type RecordedRequest } from "../testing/local-server";
import { signTelesignRequest, verifyTelesignCallback } from "./client";
import { sendTelesignMessage, telesignSenderId } from "./messaging";

const CUSTOMER = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890";
const KEY = "VGVzdCBLZXk=";
const CALLBACK = "https://switchboard.example.com/api/webhooks/telesign/key123";

/** Whether a recorded request's Authorization is the TSA signature of what arrived. */
function signatureValid(request: RecordedRequest): boolean {
  const header = (name: string) => String(request.headers[name] ?? "");
  const expected = signTelesignRequest({
    method: request.method,
    contentType: header("content-type"),
    date: header("date"),
    nonce: header("x-ts-nonce"),
    body: request.body,
    resource: request.url,
    customerId: CUSTOMER,
    apiKey: KEY,
  });
  return request.headers.authorization === expected;
}

const inProgress = {
  reference_id: "A1B2C3D4E5F6A1B2C3D4E5F6A1B2C3D4",
  status: { code: 290, description: "Message in progress", updated_on: "2026-05-03T12:00:00Z" },
};
const base = { customerId: CUSTOMER, apiKey: KEY, phoneNumber: "+1 (415) 555-0100", message: "Hello & welcome – ça va?" };

describe("sendTelesignMessage", () => {
  it("POSTs a TSA-signed form with digits-only phone_number and message_type ARN", async () => {
    await withLocalServer(json(200, inProgress), async (baseUrl, seen) => {
      const result = await sendTelesignMessage({ ...base, callbackUrl: CALLBACK, externalId: "msg_123", baseUrl });
      expect(result).toEqual({ ok: true, referenceId: inProgress.reference_id, statusCode: 290 });
      const request = seen[0]!;
      expect(request).toMatchObject({ method: "POST", url: "/v1/messaging" });
      expect(signatureValid(request)).toBe(true);
      expect(request.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(request.headers["x-ts-auth-method"]).toBe("HMAC-SHA256");
      expect(request.headers["x-ts-nonce"]).toMatch(/^[0-9a-f-]{36}$/);
      expect(Math.abs(Date.parse(String(request.headers.date)) - Date.now())).toBeLessThan(60_000);
      expect([...new URLSearchParams(request.body)]).toEqual([
        ["phone_number", "14155550100"],
        ["message", "Hello & welcome – ça va?"],
        ["message_type", "ARN"],
        ["callback_url", CALLBACK],
        ["external_id", "msg_123"],
      ]);
    });
  });

  it("sends the conversation's number as sender_id, so the customer's answer comes back to it", async () => {
    await withLocalServer(json(200, inProgress), async (baseUrl, seen) => {
      await sendTelesignMessage({ ...base, senderId: "+1 425 555 0142", baseUrl });
      expect(new URLSearchParams(seen[0]?.body).get("sender_id")).toBe("14255550142");
      expect(signatureValid(seen[0]!)).toBe(true);
    });
  });

  it.each([
    ["+14255550142", "14255550142"],
    ["14255550142", "14255550142"],
    ["US:12345", "12345"],
    ["whatsapp:+31612345678", "31612345678"],
    ["Acme Inc", "AcmeInc"],
    ["+1234567890123456789012", null],
    ["", null],
  ])("telesignSenderId(%j) → %j", (address, expected) => {
    expect(telesignSenderId(address)).toBe(expected);
  });

  it("leaves optional parameters out and uses a fresh nonce per send", async () => {
    await withLocalServer(json(200, inProgress), async (baseUrl, seen) => {
      await sendTelesignMessage({ ...base, baseUrl });
      await sendTelesignMessage({ ...base, baseUrl });
      expect([...new URLSearchParams(seen[0]?.body).keys()]).toEqual(["phone_number", "message", "message_type"]);
      expect(seen[0]?.headers["x-ts-nonce"]).not.toBe(seen[1]?.headers["x-ts-nonce"]);
      expect(seen.every(signatureValid)).toBe(true);
    });
  });

  it.each([
    [
      400,
      { status: { code: 11000, description: "Invalid value for parameter phone_number." }, errors: [] },
      "11000",
      "Invalid value for parameter phone_number.",
      "rejected",
    ],
    [
      400,
      { status: { code: 290 }, errors: [{ code: 11004, description: "Invalid value for parameter callback_url." }] },
      "11004",
      "Invalid value for parameter callback_url.",
      "rejected",
    ],
    [
      401,
      {
        status: { code: 501, description: "Not authorized" },
        errors: [{ code: 10008, description: "Invalid Signature." }, { code: 10015 }],
      },
      "10008",
      "Invalid Signature.",
      "auth",
    ],
    [
      401,
      { status: { code: 501 }, errors: [{ code: -30000, description: "Invalid Customer ID." }] },
      "-30000",
      "Invalid Customer ID.",
      "auth",
    ],
    [401, "", "http-401", null, "auth"],
    [429, { errors: [{ code: 10019, description: "Rate Limit Exceeded" }] }, "10019", "Rate Limit Exceeded", "rejected", "rateLimited"],
    [429, "", "http-429", null, "rejected", "rateLimited"],
    [503, "<html>Unavailable</html>", "http-503", null, "rejected"],
    [200, { status: { code: 500, description: "Transaction not attempted" } }, "500", "Transaction not attempted", "rejected"],
  ] as const)("maps HTTP %i %j to error %s", async (status, body, errorCode, message, reason, kind?: string) => {
    await withLocalServer(json(status, body), async (baseUrl) => {
      const result = await sendTelesignMessage({ ...base, baseUrl });
      expect(result).toEqual({ ok: false, errorCode, httpStatus: status, message, reason, kind: kind ?? "refused", retryAfterMs: null });
      expect(JSON.stringify(result)).not.toContain(KEY);
    });
  });

  it("refuses a key that is not base64 without sending anything", async () => {
    await withLocalServer(json(200, inProgress), async (baseUrl, seen) => {
      expect(await sendTelesignMessage({ ...base, apiKey: "not a key", baseUrl })).toEqual({
        ok: false,
        errorCode: "malformedApiKey",
        httpStatus: null,
        message: null,
        reason: "auth",
        kind: "refused",
        retryAfterMs: null,
      });
      expect(seen).toHaveLength(0);
    });
  });

  it("reports a closed port as unreachable and a stalled server as timeout", async () => {
    expect(await sendTelesignMessage({ ...base, baseUrl: await closedPortUrl() })).toEqual({
      ok: false,
      errorCode: "unreachable",
      httpStatus: null,
      message: null,
      reason: "unreachable",
      kind: "notSent",
      retryAfterMs: null,
    });
    const slow: Handler = (req, res, body) => void setTimeout(() => json(200, inProgress)(req, res, body), 1_000);
    await withLocalServer(slow, async (baseUrl) => {
      expect(await sendTelesignMessage({ ...base, baseUrl, timeoutMs: 100 })).toEqual({
        ok: false,
        errorCode: "timeout",
        httpStatus: null,
        message: null,
        reason: "timeout",
        kind: "outcomeUnknown",
        retryAfterMs: null,
      });
    });
  });

  it("reads TeleSign's 429 with Retry-After as throttling", async () => {
    const limited: Handler = (_req, res) => {
      res.writeHead(429, { "Content-Type": "application/json", "Retry-After": "2" });
      res.end(JSON.stringify({ status: { code: 10019 }, errors: [{ code: 10019, description: "Rate Limit Exceeded" }] }));
    };
    await withLocalServer(limited, async (baseUrl) => {
      expect(await sendTelesignMessage({ ...base, baseUrl })).toMatchObject({
        errorCode: "10019",
        kind: "rateLimited",
        retryAfterMs: 2_000,
      });
    });
  });
});

describe("against the e2e fake TeleSign", () => {
  let fake: Awaited<ReturnType<typeof startFakeTelesign>>;
  let control: ReturnType<typeof createFakeTelesignControl>;
  beforeAll(async () => {
    fake = await startFakeTelesign({ port: 0 });
    control = createFakeTelesignControl(fake.url);
  });
  afterAll(() => fake.close());

  it("accepts the signed send with a 290 and records its form", async () => {
    const customer = await control.addCustomer();
    const result = await sendTelesignMessage({
      ...customer,
      phoneNumber: "+44 7700 900123",
      message: "Hi",
      callbackUrl: CALLBACK,
      baseUrl: fake.url,
    });
    expect(result).toMatchObject({ ok: true, referenceId: expect.stringMatching(/^[0-9A-F]{32}$/), statusCode: 290 });
    expect(await control.messages()).toEqual([
      {
        customerId: customer.customerId,
        referenceId: result.ok ? result.referenceId : "",
        form: { phone_number: "447700900123", message: "Hi", message_type: "ARN", callback_url: CALLBACK },
      },
    ]);
  });

  it("records the sender_id it was sent", async () => {
    const customer = await control.addCustomer();
    const sent = await sendTelesignMessage({
      ...customer,
      phoneNumber: "+14155550100",
      message: "Hi",
      senderId: "+14255550142",
      baseUrl: fake.url,
    });
    expect(sent.ok).toBe(true);
    expect((await control.messages()).find((message) => message.customerId === customer.customerId)?.form.sender_id).toBe("14255550142");
  });

  it("gives the same failures as the scripted servers", async () => {
    const customer = await control.addCustomer();
    const suspended = await control.addCustomer({ status: "suspended" });
    expect(
      await sendTelesignMessage({ ...customer, apiKey: KEY, phoneNumber: "+14155550100", message: "Hi", baseUrl: fake.url }),
    ).toMatchObject({ reason: "auth", errorCode: "10008", httpStatus: 401 });
    expect(await sendTelesignMessage({ ...suspended, phoneNumber: "+14155550100", message: "Hi", baseUrl: fake.url })).toMatchObject({
      reason: "auth",
      errorCode: "10010",
    });
    expect(await sendTelesignMessage({ ...customer, phoneNumber: "+1", message: "Hi", baseUrl: fake.url })).toMatchObject({
      reason: "rejected",
      errorCode: "11000",
      httpStatus: 400,
    });
    expect(
      await sendTelesignMessage({ ...customer, phoneNumber: "+14155550100", message: "Hi", callbackUrl: "ftp://x", baseUrl: fake.url }),
    ).toMatchObject({ errorCode: "11004" });
    expect((await control.messages()).filter((sent) => sent.customerId === customer.customerId)).toEqual([]);
    await control.reset();
    expect(await control.messages()).toEqual([]);
  });
});

describe("postTelesignWebhook (e2e helper)", () => {
  it("signs callbacks the way verifyTelesignCallback expects, in both headers", async () => {
    const body = JSON.stringify({ reference_id: inProgress.reference_id, status: { code: 200, description: "Delivered to handset" } });
    await withLocalServer(json(200, {}), async (baseUrl, seen) => {
      expect(await postTelesignWebhook({ url: `${baseUrl}/cb`, customerId: CUSTOMER, apiKey: KEY, body })).toEqual({
        status: 200,
        text: "{}",
      });
      await postTelesignWebhook({ url: `${baseUrl}/cb`, customerId: CUSTOMER, apiKey: KEY, body, authorization: null });
      const [signed, unsigned] = seen;
      expect(signed?.body).toBe(body);
      expect(
        verifyTelesignCallback({ customerId: CUSTOMER, apiKey: KEY, authorization: String(signed?.headers.authorization), rawBody: body }),
      ).toBe(true);
      expect(signed?.headers["x-ts-authorization"]).toBe(signed?.headers.authorization);
      expect(unsigned?.headers.authorization).toBeUndefined();
    });
  });
});
