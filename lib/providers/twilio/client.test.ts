// The Twilio client against real local HTTP servers (no fetch mocks): one scripted per case, then
// the e2e fake, which must agree with them. Signature checks run every vector in shared/reference.
import { readFileSync } from "node:fs";
import path from "node:path";
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { postTwilioWebhook, readTwilioPayload, withParams } from "@/e2e/support/webhooks";
import { closedPortUrl, json, withLocalServer, type Handler } from "../testing/local-server";
import {
  findIncomingNumber,
  parseTwilioForm,
  updateIncomingNumberWebhook,
  validateTwilioCredentials,
  verifyTwilioSignature,
  type TwilioParams,
} from "./client";

const SID = "AC0123456789abcdef0123456789abcdef";
const TOKEN = "secret-token-0123456789";

const account = (status: string) => ({ auth_token: TOKEN, friendly_name: "Acme support", sid: SID, status, type: "Trial" });
const twilioError = (code: number, status: number, message: string) => ({
  code,
  message,
  more_info: `https://www.twilio.com/docs/errors/${code}`,
  status,
});

describe("validateTwilioCredentials", () => {
  it("accepts an active account, sends Basic sid:token, and never returns the token", async () => {
    await withLocalServer(json(200, account("active")), async (baseUrl, seen) => {
      const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl });
      expect(result).toEqual({ ok: true, account: { friendlyName: "Acme support", type: "Trial", status: "active" } });
      expect(JSON.stringify(result)).not.toContain(TOKEN);
      expect(seen[0]?.url).toBe(`/2010-04-01/Accounts/${SID}.json`);
      expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`);
    });
  });

  it.each([
    ["suspended", "accountSuspended"],
    ["closed", "accountClosed"],
  ])("reports a %s account against the Account SID", async (status, reason) => {
    await withLocalServer(json(200, account(status)), async (baseUrl) => {
      const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl });
      expect(result).toEqual({ ok: false, reason, field: "accountSid", httpStatus: 200, providerCode: null });
    });
  });

  it.each([
    [401, twilioError(20003, 401, "Authenticate"), "authFailed", "authToken", 20003],
    [404, twilioError(20404, 404, "The requested resource was not found"), "accountNotFound", "accountSid", 20404],
    [403, twilioError(20008, 403, "Resource not accessible with Test Account Credentials"), "testCredentials", "accountSid", 20008],
    [401, twilioError(20005, 401, "Account not active"), "accountSuspended", "accountSid", 20005],
    [500, twilioError(20500, 500, "Internal Server Error"), "unexpectedResponse", null, 20500],
    [502, "<html>Bad gateway</html>", "unexpectedResponse", null, null],
  ] as const)("maps HTTP %i %j to %s", async (status, body, reason, field, providerCode) => {
    await withLocalServer(json(status, body), async (baseUrl) => {
      const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl });
      expect(result).toEqual({ ok: false, reason, field, httpStatus: status, providerCode });
    });
  });

  it("treats a 200 that is not an account as unexpected", async () => {
    await withLocalServer(json(200, { hello: "world" }), async (baseUrl) => {
      const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl });
      expect(result).toMatchObject({ ok: false, reason: "unexpectedResponse", httpStatus: 200 });
    });
  });

  it("times out on a slow server", async () => {
    const slow: Handler = (req, res, body) => void setTimeout(() => json(200, account("active"))(req, res, body), 1_000);
    await withLocalServer(slow, async (baseUrl) => {
      const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl, timeoutMs: 100 });
      expect(result).toEqual({ ok: false, reason: "timeout", field: null, httpStatus: null, providerCode: null });
    });
  });

  it("reports a closed port as unreachable", async () => {
    const result = await validateTwilioCredentials({ accountSid: SID, authToken: TOKEN, baseUrl: await closedPortUrl() });
    expect(result).toEqual({ ok: false, reason: "unreachable", field: null, httpStatus: null, providerCode: null });
  });
});

describe("findIncomingNumber", () => {
  const entry = (phone: string, extra: Record<string, unknown> = {}) => ({
    sid: `PN${phone.slice(1).padEnd(32, "0")}`,
    phone_number: phone,
    friendly_name: `(${phone})`,
    capabilities: { voice: true, sms: true, mms: false, fax: false },
    sms_url: "",
    sms_method: "POST",
    sms_application_sid: "",
    ...extra,
  });

  it("asks with PhoneNumber=<E.164> and keeps only the exact match", async () => {
    const page = {
      incoming_phone_numbers: [entry("+14155550100"), entry("+141555501001", { sms_url: "https://x.test/sms" })],
      page: 0,
      page_size: 50,
    };
    await withLocalServer(json(200, page), async (baseUrl, seen) => {
      const result = await findIncomingNumber({ accountSid: SID, authToken: TOKEN, phoneNumber: "+14155550100", baseUrl });
      expect(new URL(seen[0]?.url ?? "", baseUrl).searchParams.get("PhoneNumber")).toBe("+14155550100");
      expect(result).toEqual({
        ok: true,
        number: {
          sid: entry("+14155550100").sid,
          phoneNumber: "+14155550100",
          friendlyName: "(+14155550100)",
          smsCapable: true,
          smsUrl: null, // Twilio's "" means not set
          smsMethod: "POST",
          smsApplicationSid: null,
        },
      });
    });
  });

  it("returns null when the account does not own the number", async () => {
    await withLocalServer(json(200, { incoming_phone_numbers: [] }), async (baseUrl) => {
      expect(await findIncomingNumber({ accountSid: SID, authToken: TOKEN, phoneNumber: "+14155550100", baseUrl })).toEqual({
        ok: true,
        number: null,
      });
    });
  });

  it("shares the failure mapping", async () => {
    await withLocalServer(json(401, twilioError(20003, 401, "Authenticate")), async (baseUrl) => {
      const result = await findIncomingNumber({ accountSid: SID, authToken: TOKEN, phoneNumber: "+14155550100", baseUrl });
      expect(result).toMatchObject({ ok: false, reason: "authFailed", field: "authToken" });
    });
  });
});

describe("updateIncomingNumberWebhook", () => {
  const PN = "PN0123456789abcdef0123456789abcdef";
  const URL_OURS = "https://switchboard.example.com/api/webhooks/twilio/key?region=us";
  const resource = (extra: Record<string, unknown> = {}) => ({
    sid: PN,
    phone_number: "+14155550100",
    friendly_name: "(415) 555-0100",
    capabilities: { voice: true, sms: true, mms: true, fax: false },
    sms_url: URL_OURS,
    sms_method: "POST",
    sms_application_sid: "",
    ...extra,
  });

  it("POSTs SmsUrl and SmsMethod form-encoded to the number and returns the updated number", async () => {
    await withLocalServer(json(200, resource()), async (baseUrl, seen) => {
      const result = await updateIncomingNumberWebhook({ accountSid: SID, authToken: TOKEN, numberSid: PN, smsUrl: URL_OURS, baseUrl });
      expect(seen[0]?.method).toBe("POST");
      expect(seen[0]?.url).toBe(`/2010-04-01/Accounts/${SID}/IncomingPhoneNumbers/${PN}.json`);
      expect(seen[0]?.headers["content-type"]).toBe("application/x-www-form-urlencoded");
      expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from(`${SID}:${TOKEN}`).toString("base64")}`);
      expect(Object.fromEntries(new URLSearchParams(seen[0]?.body))).toEqual({ SmsUrl: URL_OURS, SmsMethod: "POST" });
      expect(result).toEqual({
        ok: true,
        number: {
          sid: PN,
          phoneNumber: "+14155550100",
          friendlyName: "(415) 555-0100",
          smsCapable: true,
          smsUrl: URL_OURS,
          smsMethod: "POST",
          smsApplicationSid: null,
        },
      });
    });
  });

  it("sends an empty SmsApplicationSid only when asked to clear it, and the chosen method", async () => {
    await withLocalServer(json(200, resource({ sms_method: "GET" })), async (baseUrl, seen) => {
      await updateIncomingNumberWebhook({
        accountSid: SID,
        authToken: TOKEN,
        numberSid: PN,
        smsUrl: URL_OURS,
        smsMethod: "GET",
        clearSmsApplication: true,
        baseUrl,
      });
      expect(seen[0]?.body).toBe(`SmsUrl=${encodeURIComponent(URL_OURS)}&SmsMethod=GET&SmsApplicationSid=`);
    });
  });

  it.each([
    [404, twilioError(20404, 404, "The requested resource was not found"), "numberNotFound", null],
    [401, twilioError(20003, 401, "Authenticate"), "authFailed", "authToken"],
    [400, twilioError(21402, 400, "Url is not a valid url"), "unexpectedResponse", null],
  ] as const)("maps HTTP %i to %s", async (status, body, reason, field) => {
    await withLocalServer(json(status, body), async (baseUrl) => {
      const result = await updateIncomingNumberWebhook({ accountSid: SID, authToken: TOKEN, numberSid: PN, smsUrl: URL_OURS, baseUrl });
      expect(result).toEqual({ ok: false, reason, field, httpStatus: status, providerCode: body.code });
    });
  });

  it("treats a 200 that is not a number as unexpected", async () => {
    await withLocalServer(json(200, { hello: "world" }), async (baseUrl) => {
      expect(
        await updateIncomingNumberWebhook({ accountSid: SID, authToken: TOKEN, numberSid: PN, smsUrl: URL_OURS, baseUrl }),
      ).toMatchObject({
        ok: false,
        reason: "unexpectedResponse",
        httpStatus: 200,
      });
    });
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

  it("gives every reason the scripted servers gave", async () => {
    const active = await control.addAccount({ friendlyName: "Main", type: "Full" });
    const suspended = await control.addAccount({ status: "suspended" });
    const closed = await control.addAccount({ status: "closed" });
    const test = await control.addAccount();
    await control.setBehaviour({ accountSid: test.sid, testCredentials: true });
    const check = (accountSid: string, authToken: string, timeoutMs?: number) =>
      validateTwilioCredentials({ accountSid, authToken, baseUrl: fake.url, timeoutMs });

    expect(await check(active.sid, active.authToken)).toEqual({
      ok: true,
      account: { friendlyName: "Main", type: "Full", status: "active" },
    });
    expect(await check(active.sid, "wrong")).toMatchObject({ reason: "authFailed", httpStatus: 401, providerCode: 20003 });
    expect(await check(SID, TOKEN)).toMatchObject({ reason: "accountNotFound", httpStatus: 404, providerCode: 20404 });
    expect(await check(suspended.sid, suspended.authToken)).toMatchObject({ reason: "accountSuspended" });
    expect(await check(closed.sid, closed.authToken)).toMatchObject({ reason: "accountClosed" });
    expect(await check(test.sid, test.authToken)).toMatchObject({ reason: "testCredentials", httpStatus: 403, providerCode: 20008 });

    await control.setBehaviour({ accountSid: active.sid, delayMs: 1_000 });
    expect(await check(active.sid, active.authToken, 100)).toMatchObject({ reason: "timeout" });
    await control.setBehaviour({ accountSid: active.sid });

    const requests = await control.requests();
    expect(requests.find((r) => r.authUser === active.sid)).toMatchObject({
      method: "GET",
      path: `/2010-04-01/Accounts/${active.sid}.json`,
    });
    expect(JSON.stringify(requests)).not.toContain(active.authToken);
  });

  it("finds numbers, and an SmsUrl update shows up on the next lookup", async () => {
    const owner = await control.addAccount();
    const added = await control.addNumber({ accountSid: owner.sid, phoneNumber: "+14155550199", capabilities: { sms: true } });
    await control.addNumber({ accountSid: owner.sid, phoneNumber: "+141555501990" });
    const find = () =>
      findIncomingNumber({ accountSid: owner.sid, authToken: owner.authToken, phoneNumber: "+14155550199", baseUrl: fake.url });

    expect(await find()).toMatchObject({ ok: true, number: { sid: added.sid, smsCapable: true, smsUrl: null, smsMethod: "POST" } });
    const update = await fetch(`${fake.url}/2010-04-01/Accounts/${owner.sid}/IncomingPhoneNumbers/${added.sid}.json`, {
      method: "POST",
      headers: {
        Authorization: `Basic ${Buffer.from(`${owner.sid}:${owner.authToken}`).toString("base64")}`,
        "Content-Type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ SmsUrl: "https://switchboard.test/api/webhooks/twilio/abc", SmsMethod: "POST" }),
    });
    expect(update.status).toBe(200);
    expect(await find()).toMatchObject({ ok: true, number: { smsUrl: "https://switchboard.test/api/webhooks/twilio/abc" } });
  });

  it("re-points a number through updateIncomingNumberWebhook, detaching a TwiML App only when asked", async () => {
    const owner = await control.addAccount();
    const app = `AP${"a".repeat(32)}`;
    const added = await control.addNumber({
      accountSid: owner.sid,
      phoneNumber: "+14155550142",
      smsUrl: "https://old.example.com/sms",
      smsMethod: "GET",
      smsApplicationSid: app,
    });
    const connection = { accountSid: owner.sid, authToken: owner.authToken, numberSid: added.sid, baseUrl: fake.url };
    const smsUrl = "https://switchboard.test/api/webhooks/twilio/xyz";

    const kept = await updateIncomingNumberWebhook({ ...connection, smsUrl });
    expect(kept).toEqual({
      ok: true,
      number: {
        sid: added.sid,
        phoneNumber: "+14155550142",
        friendlyName: "+14155550142",
        smsCapable: true,
        smsUrl,
        smsMethod: "POST",
        smsApplicationSid: app,
      },
    });

    expect(await updateIncomingNumberWebhook({ ...connection, smsUrl, clearSmsApplication: true })).toMatchObject({
      ok: true,
      number: { smsApplicationSid: null },
    });
    const found = await findIncomingNumber({
      accountSid: owner.sid,
      authToken: owner.authToken,
      phoneNumber: "+14155550142",
      baseUrl: fake.url,
    });
    expect(found).toMatchObject({ ok: true, number: { sid: added.sid, smsUrl, smsMethod: "POST", smsApplicationSid: null } });

    const posted = (await control.requests()).filter((r) => r.method === "POST" && r.path.endsWith(`/${added.sid}.json`));
    expect(posted.map((r) => r.form)).toEqual([
      { SmsUrl: smsUrl, SmsMethod: "POST" },
      { SmsUrl: smsUrl, SmsMethod: "POST", SmsApplicationSid: "" },
    ]);
  });

  it("reports a number the account does not own as numberNotFound, and a wrong token as authFailed", async () => {
    const owner = await control.addAccount();
    const other = await control.addAccount();
    const foreign = await control.addNumber({ accountSid: other.sid, phoneNumber: "+14155550143" });
    const update = (authToken: string) =>
      updateIncomingNumberWebhook({
        accountSid: owner.sid,
        authToken,
        numberSid: foreign.sid,
        smsUrl: "https://switchboard.test/x",
        baseUrl: fake.url,
      });
    expect(await update(owner.authToken)).toMatchObject({
      ok: false,
      reason: "numberNotFound",
      field: null,
      httpStatus: 404,
      providerCode: 20404,
    });
    expect(await update("wrong")).toMatchObject({ ok: false, reason: "authFailed", field: "authToken" });
  });
});

type FormVector = {
  name: string;
  authToken: string;
  signedUrl: string;
  validateUrl: string;
  params: TwilioParams;
  form?: string;
  expectedSignature: string;
};
type JsonVector = { name: string; authToken: string; signedUrl: string; validateUrl: string; body: string; expectedSignature: string };
type RelationalVector = { authToken: string; serverUrl: string; targetUrl: string; expect: boolean };
// Verbatim copies of shared/reference kept in test-data/ (see its README).
const vectors = JSON.parse(readFileSync(path.resolve(process.cwd(), "test-data/reference/twilio-signature-vectors.json"), "utf8")) as {
  form: FormVector[];
  jsonBody: JsonVector[];
  relational: RelationalVector[];
};

/** The same URL with its query string dropped, or with http and https swapped: both must fail. */
function wrongUrls(url: string): string[] {
  const swapped = url.startsWith("https:") ? url.replace(/^https:/, "http:") : url.replace(/^http:/, "https:");
  const withoutQuery = url.split("?")[0] ?? url;
  return withoutQuery === url ? [swapped, `${url}?extra=1`] : [swapped, withoutQuery];
}

describe("verifyTwilioSignature", () => {
  it("has every kind of vector to check", () => {
    expect(vectors.form.length).toBeGreaterThanOrEqual(13);
    expect(vectors.jsonBody.length).toBeGreaterThanOrEqual(3);
    expect(vectors.relational.length).toBeGreaterThanOrEqual(9);
  });

  it.each(vectors.form.map((v) => [v.name, v] as const))("form vector: %s", (_name, v) => {
    const check = (changes: Partial<{ authToken: string; signature: string; url: string; params: TwilioParams }>) =>
      verifyTwilioSignature({ authToken: v.authToken, signature: v.expectedSignature, url: v.validateUrl, params: v.params, ...changes });
    // The vector itself: the signature is over signedUrl, and validateUrl is accepted for it.
    expect(twilio.getExpectedTwilioSignature(v.authToken, v.signedUrl, v.params)).toBe(v.expectedSignature);
    expect(check({})).toBe(true);
    if (v.form) expect(check({ params: parseTwilioForm(v.form) })).toBe(true);

    expect(check({ authToken: "wrong" })).toBe(false);
    expect(check({ signature: "" })).toBe(false);
    expect(check({ params: { ...v.params, Extra: "1" } })).toBe(false);
    const [firstKey = ""] = Object.keys(v.params);
    expect(check({ params: { ...v.params, [firstKey]: "tampered" } }), `tampered ${firstKey}`).toBe(false);
    const withoutFirst = Object.fromEntries(Object.entries(v.params).slice(1));
    expect(check({ params: withoutFirst }), `without ${firstKey}`).toBe(false);
    for (const url of wrongUrls(v.validateUrl)) expect(check({ url }), url).toBe(false);
  });

  it.each(vectors.jsonBody.map((v) => [v.name, v] as const))("JSON body vector: %s", (_name, v) => {
    const check = (changes: Partial<{ authToken: string; signature: string; url: string; rawBody: string }>) =>
      verifyTwilioSignature({ authToken: v.authToken, signature: v.expectedSignature, url: v.validateUrl, rawBody: v.body, ...changes });
    expect(twilio.getExpectedTwilioSignature(v.authToken, v.signedUrl, {})).toBe(v.expectedSignature);
    expect(check({})).toBe(true);
    expect(check({ rawBody: `${v.body} ` })).toBe(false);
    expect(check({ authToken: "wrong" })).toBe(false);
    expect(check({ signature: "" })).toBe(false);
    for (const url of wrongUrls(v.validateUrl)) expect(check({ url }), url).toBe(false);
  });

  it.each(vectors.relational.map((v) => [`${v.serverUrl} vs ${v.targetUrl}`, v] as const))("relational vector: %s", (_name, v) => {
    const signature = twilio.getExpectedTwilioSignature(v.authToken, v.targetUrl, {});
    expect(verifyTwilioSignature({ authToken: v.authToken, signature, url: v.serverUrl, params: {} })).toBe(v.expect);
  });

  it("covers our message id in a status callback URL's query: another id breaks the signature (decision 033)", () => {
    const url = "https://switchboard.example.com/api/webhooks/twilio/KEY?sbMessageId=cmx87t85p000whc7dx5u980gb";
    const params = { MessageSid: "SM0123456789abcdef0123456789abcdef", MessageStatus: "delivered" };
    const signature = twilio.getExpectedTwilioSignature("12345", url, params);
    expect(verifyTwilioSignature({ authToken: "12345", signature, url, params })).toBe(true);
    const forged = url.replace("cmx87t85p000whc7dx5u980gb", "cmx87t85p000whc7dxOTHER000");
    expect(verifyTwilioSignature({ authToken: "12345", signature, url: forged, params })).toBe(false);
    expect(verifyTwilioSignature({ authToken: "12345", signature, url: url.split("?")[0]!, params })).toBe(false);
  });

  it("rejects empty signatures and malformed URLs without throwing", () => {
    expect(verifyTwilioSignature({ authToken: "12345", signature: "", url: "https://mycompany.com/", params: {} })).toBe(false);
    expect(verifyTwilioSignature({ authToken: "12345", signature: "abc=", url: "not a url", params: {} })).toBe(false);
    expect(verifyTwilioSignature({ authToken: "", signature: "abc=", url: "https://mycompany.com/", params: {} })).toBe(false);
  });

  // The Playwright helper and the app's check must agree, or every e2e webhook would be refused.
  it.each([
    "twilio-sms-inbound",
    "twilio-mms-inbound",
    "twilio-mms-inbound-2-media",
    "twilio-whatsapp-inbound-image",
    "twilio-status-sms-failed-21610",
  ])("accepts what the e2e helper posts for the captured payload %s", async (name) => {
    await withLocalServer(
      (_req, res) => res.end("<Response/>"),
      async (baseUrl, seen) => {
        const url = `${baseUrl}/api/webhooks/twilio/key?region=us`;
        // A repeated key too: the helper must sign every value, as Twilio does.
        const params = [...withParams(readTwilioPayload(name), { AccountSid: SID }), ["Extra", "b"], ["Extra", "a"]] satisfies [
          string,
          string,
        ][];
        expect(await postTwilioWebhook({ url, authToken: TOKEN, params })).toEqual({ status: 200, text: "<Response/>" });
        await postTwilioWebhook({ url, authToken: TOKEN, params, signature: null });
        const [signed, unsigned] = seen.map(({ body, headers }) => ({
          body,
          signature: headers["x-twilio-signature"] as string | undefined,
        }));
        expect(signed?.body).toBe(new URLSearchParams(params).toString());
        expect(
          verifyTwilioSignature({ authToken: TOKEN, signature: signed?.signature ?? "", url, params: parseTwilioForm(signed?.body ?? "") }),
        ).toBe(true);
        expect(
          verifyTwilioSignature({
            authToken: TOKEN,
            signature: signed?.signature ?? "",
            url: url.split("?")[0]!,
            params: parseTwilioForm(signed?.body ?? ""),
          }),
        ).toBe(false);
        expect(unsigned?.signature).toBeUndefined();
      },
    );
  });

  it("signs repeated keys the way Twilio does (every value, sorted)", () => {
    const form = new URLSearchParams([
      ["Body", "hi"],
      ["MediaUrl", "https://b.test"],
      ["MediaUrl", "https://a.test"],
    ]).toString();
    const signature = twilio.getExpectedTwilioSignature(TOKEN, "https://x.test/cb", {
      Body: "hi",
      MediaUrl: ["https://a.test", "https://b.test"],
    });
    expect(verifyTwilioSignature({ authToken: TOKEN, signature, url: "https://x.test/cb", params: parseTwilioForm(form) })).toBe(true);
    expect(
      verifyTwilioSignature({ authToken: TOKEN, signature, url: "https://x.test/cb", params: { Body: "hi", MediaUrl: "https://a.test" } }),
    ).toBe(false);
  });
});
