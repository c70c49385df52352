// The TeleSign client against TeleSign's SDK vectors and real local HTTP servers (no fetch mocks):
// one scripted per case, then the e2e fake, which must agree with them.
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTelesignControl } from "@/e2e/fakes/control";
import { startFakeTelesign } from "@/e2e/fakes/fake-telesign";
import { closedPortUrl, json, withLocalServer, type Handler } from "../testing/local-server";
import {
  TELESIGN_CODE_REASONS,
  TELESIGN_REASON_FIELD,
  classifyTelesignProbe,
  decodeTelesignApiKey,
  signTelesignRequest,
  telesignBasicAuthorization,
  telesignStringToSign,
  validateTelesignCredentials,
  verifyTelesignCallback,
} from "./client";

// Verbatim copies of shared/reference kept in test-data/ (see its README).
const reference = (file: string) => readFileSync(path.resolve(process.cwd(), "test-data/reference", file), "utf8");
type RequestVector = {
  source: string;
  basic?: boolean;
  pythonKey?: boolean;
  customerId: string;
  apiKey: string;
  method: string;
  resource: string;
  contentType: string;
  body: string;
  date: string;
  nonce: string;
  expectedAuthorization: string;
};
type CallbackVector = { source: string; apiKey: string; rawBody: string; expectedSignature?: string; wrongSignature?: string };
const vectors = JSON.parse(reference("telesign-signature-vectors.json")) as { request: RequestVector[]; callback: CallbackVector[] };

const CUSTOMER = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890";
const KEY = "VGVzdCBLZXk=";

describe("decodeTelesignApiKey", () => {
  it("accepts canonical padded base64 only", () => {
    expect(decodeTelesignApiKey(KEY)?.toString()).toBe("Test Key");
    for (const bad of ["", "VGVzdCBLZXk", " VGVzdCBLZXk=", "VGVzdCBLZXk=\n", "yourApiKey==", "EXAMPLE----TE8s", "ab_c", "a==="]) {
      expect(decodeTelesignApiKey(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe("signTelesignRequest — TeleSign SDK vectors", () => {
  it.each(vectors.request.map((v) => [v.source, v] as const))("%s", (_source, v) => {
    if (v.basic) {
      expect(telesignBasicAuthorization(v.customerId, v.apiKey)).toBe(v.expectedAuthorization);
    } else if (decodeTelesignApiKey(v.apiKey)) {
      expect(signTelesignRequest(v)).toBe(v.expectedAuthorization);
    } else {
      // Keys outside strict base64: we refuse them, and still prove the string-to-sign matches by
      // reproducing how each SDK decoded its key (Python drops the "-", Node decodes leniently).
      expect(() => signTelesignRequest(v)).toThrow(TypeError);
      const signature = v.pythonKey
        ? signTelesignRequest({ ...v, apiKey: v.apiKey.replace(/-/g, "") })
        : `TSA ${v.customerId}:${createHmac("sha256", Buffer.from(v.apiKey, "base64")).update(telesignStringToSign(v)).digest("base64")}`;
      expect(signature).toBe(v.expectedAuthorization);
    }
  });

  it("never puts the key in its error", () => {
    expect(() => signTelesignRequest({ ...vectors.request[0]!, apiKey: "not-a-key" })).toThrow(/^(?!.*not-a-key).*$/);
  });
});

describe("verifyTelesignCallback — TeleSign SDK vectors", () => {
  const [correct, wrong] = vectors.callback as [CallbackVector, CallbackVector];
  // The vector key contains "-"; Python's decoder drops it, so the vector holds for the stripped key.
  const strippedKey = correct.apiKey.replace(/-/g, "");
  const header = (signature: string, id = CUSTOMER) => `TSA ${id}:${signature}`;

  it("accepts the signed body and rejects the wrong signature", () => {
    expect(
      verifyTelesignCallback({
        customerId: CUSTOMER,
        apiKey: strippedKey,
        authorization: header(correct.expectedSignature!),
        rawBody: correct.rawBody,
      }),
    ).toBe(true);
    expect(
      verifyTelesignCallback({
        customerId: CUSTOMER,
        apiKey: strippedKey,
        authorization: header(wrong.wrongSignature!),
        rawBody: wrong.rawBody,
      }),
    ).toBe(false);
    expect(
      verifyTelesignCallback({
        customerId: CUSTOMER,
        apiKey: strippedKey,
        authorization: header(correct.expectedSignature!),
        rawBody: Buffer.from(correct.rawBody),
      }),
    ).toBe(true);
  });

  it("refuses the non-base64 key as given, a different customer, a changed body and odd headers", () => {
    const good = header(correct.expectedSignature!);
    expect(verifyTelesignCallback({ customerId: CUSTOMER, apiKey: correct.apiKey, authorization: good, rawBody: correct.rawBody })).toBe(
      false,
    );
    expect(verifyTelesignCallback({ customerId: "OTHER", apiKey: strippedKey, authorization: good, rawBody: correct.rawBody })).toBe(false);
    expect(
      verifyTelesignCallback({ customerId: CUSTOMER.toLowerCase(), apiKey: strippedKey, authorization: good, rawBody: correct.rawBody }),
    ).toBe(true);
    expect(verifyTelesignCallback({ customerId: CUSTOMER, apiKey: strippedKey, authorization: good, rawBody: `${correct.rawBody} ` })).toBe(
      false,
    );
    for (const odd of [null, "", correct.expectedSignature!, `Basic ${correct.expectedSignature}`, `TSA ${CUSTOMER}`]) {
      expect(verifyTelesignCallback({ customerId: CUSTOMER, apiKey: strippedKey, authorization: odd, rawBody: correct.rawBody })).toBe(
        false,
      );
    }
  });
});

const notAuthorized = (code: number) => ({
  status: { code: 501, description: "Not authorized", updated_on: "2026-05-03T12:00:00Z" },
  errors: [{ code, description: "…" }],
});

describe("validateTelesignCredentials", () => {
  it("probes GET /v1/messaging/<random id> with a valid TSA signature and takes a 404 as success", async () => {
    const notFound = {
      reference_id: "X",
      status: { code: 500, description: "Transaction not attempted" },
      errors: [{ code: -10001, description: "CustomerID/ReferenceID not found" }],
    };
    await withLocalServer(json(404, notFound), async (baseUrl, seen) => {
      expect(await validateTelesignCredentials({ customerId: CUSTOMER, apiKey: KEY, baseUrl })).toEqual({ ok: true });
      const req = seen[0]!;
      const resource = req.url ?? "";
      expect(req.method).toBe("GET");
      expect(resource).toMatch(/^\/v1\/messaging\/[0-9A-F]{32}$/);
      expect(req.headers["x-ts-auth-method"]).toBe("HMAC-SHA256");
      const date = String(req.headers.date);
      expect(Math.abs(Date.parse(date) - Date.now())).toBeLessThan(60_000);
      const expected = signTelesignRequest({
        method: "GET",
        contentType: "",
        date,
        nonce: String(req.headers["x-ts-nonce"]),
        body: "",
        resource,
        customerId: CUSTOMER,
        apiKey: KEY,
      });
      expect(req.headers.authorization).toBe(expected);
    });
  });

  it.each([
    [10015, "invalidCustomerId", "customerId"],
    [10022, "invalidApiKey", "apiKey"],
    [10008, "invalidApiKey", "apiKey"],
    [10010, "accountSuspended", "customerId"],
    [-30000, "invalidCustomerId", "customerId"],
    [-30001, "accountSuspended", "customerId"],
    [-30006, "invalidApiKey", "apiKey"],
    [-30015, "invalidApiKey", "apiKey"],
  ] as const)("maps a 401 with error %i to %s", async (code, reason, field) => {
    await withLocalServer(json(401, notAuthorized(code)), async (baseUrl) => {
      expect(await validateTelesignCredentials({ customerId: CUSTOMER, apiKey: KEY, baseUrl })).toEqual({
        ok: false,
        reason,
        field,
        httpStatus: 401,
        providerCode: code,
      });
    });
  });

  it("refuses a malformed key without sending anything", async () => {
    await withLocalServer(json(200, {}), async (baseUrl, seen) => {
      expect(await validateTelesignCredentials({ customerId: CUSTOMER, apiKey: "yourApiKey", baseUrl })).toEqual({
        ok: false,
        reason: "malformedApiKey",
        field: "apiKey",
        httpStatus: null,
        providerCode: null,
      });
      expect(seen).toHaveLength(0);
    });
  });

  it("times out on a slow server and reports a closed port as unreachable", async () => {
    const slow: Handler = (req, res, body) => void setTimeout(() => json(404, {})(req, res, body), 1_000);
    await withLocalServer(slow, async (baseUrl) => {
      expect(await validateTelesignCredentials({ customerId: CUSTOMER, apiKey: KEY, baseUrl, timeoutMs: 100 })).toMatchObject({
        reason: "timeout",
        field: null,
      });
    });
    expect(await validateTelesignCredentials({ customerId: CUSTOMER, apiKey: KEY, baseUrl: await closedPortUrl() })).toMatchObject({
      reason: "unreachable",
      field: null,
    });
  });
});

describe("classifyTelesignProbe", () => {
  it("maps every code in the table to its reason and field", () => {
    for (const [code, reason] of TELESIGN_CODE_REASONS) {
      expect(classifyTelesignProbe(401, notAuthorized(code))).toEqual({
        ok: false,
        reason,
        field: TELESIGN_REASON_FIELD[reason],
        httpStatus: 401,
        providerCode: code,
      });
    }
  });

  it("also reads a code carried in status.code", () => {
    expect(classifyTelesignProbe(401, { status: { code: 10015, description: "Invalid Customer ID." } })).toMatchObject({
      reason: "invalidCustomerId",
    });
  });

  it("keeps unknown auth codes and provider trouble apart from success", () => {
    expect(classifyTelesignProbe(401, notAuthorized(-30005))).toMatchObject({ reason: "unexpectedResponse", providerCode: -30005 });
    expect(classifyTelesignProbe(429, null)).toMatchObject({ reason: "rateLimited" });
    // TeleSign's 401 with an empty body: the credentials were refused, which "unexpected answer" hid.
    expect(classifyTelesignProbe(401, null)).toEqual({
      ok: false,
      reason: "credentialsRefused",
      field: "apiKey",
      httpStatus: 401,
      providerCode: null,
    });
    expect(classifyTelesignProbe(503, notAuthorized(10000))).toMatchObject({ reason: "unexpectedResponse", httpStatus: 503 });
    expect(classifyTelesignProbe(400, { status: { code: 11011 } })).toEqual({ ok: true });
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

  it("gives the same reasons as the scripted servers", async () => {
    const active = await control.addCustomer();
    const suspended = await control.addCustomer({ status: "suspended" });
    const check = (customerId: string, apiKey: string) => validateTelesignCredentials({ customerId, apiKey, baseUrl: fake.url });

    expect(await check(active.customerId, active.apiKey)).toEqual({ ok: true });
    expect(await check(active.customerId, KEY)).toMatchObject({ reason: "invalidApiKey", httpStatus: 401, providerCode: 10008 });
    expect(await check(CUSTOMER, KEY)).toMatchObject({ reason: "invalidCustomerId", providerCode: 10015 });
    expect(await check(suspended.customerId, suspended.apiKey)).toMatchObject({ reason: "accountSuspended", providerCode: 10010 });
    expect(JSON.stringify(await control.requests())).not.toContain(active.apiKey);
  });

  it("sends an SMS with a 290 shaped like the reference payload, then reports its status", async () => {
    const customer = await control.addCustomer();
    const body = new URLSearchParams({ phone_number: "15555550100", message: "Hello", message_type: "ARN" }).toString();
    const date = new Date().toUTCString();
    const headers = (nonce: string, method: string, resource: string, content = "") => ({
      Authorization: signTelesignRequest({
        method,
        contentType: content ? "application/x-www-form-urlencoded" : "",
        date,
        nonce,
        body: content,
        resource,
        customerId: customer.customerId,
        apiKey: customer.apiKey,
      }),
      Date: date,
      "x-ts-auth-method": "HMAC-SHA256",
      "x-ts-nonce": nonce,
      ...(content ? { "Content-Type": "application/x-www-form-urlencoded" } : {}),
    });

    const sent = await fetch(`${fake.url}/v1/messaging`, {
      method: "POST",
      headers: headers("nonce-1", "POST", "/v1/messaging", body),
      body,
    });
    const payload = (await sent.json()) as { reference_id: string; status: Record<string, unknown> };
    const referenceShape = JSON.parse(reference("payloads/telesign-send-response-290.json")) as { status: Record<string, unknown> };
    expect(sent.status).toBe(200);
    expect(Object.keys(payload).sort()).toEqual(Object.keys(referenceShape).sort());
    expect(Object.keys(payload.status).sort()).toEqual(Object.keys(referenceShape.status).sort());
    expect(payload).toMatchObject({
      reference_id: expect.stringMatching(/^[0-9A-F]{32}$/),
      status: { code: 290, description: "Message in progress" },
    });

    const resource = `/v1/messaging/${payload.reference_id}`;
    const status = await fetch(`${fake.url}${resource}`, { headers: headers("nonce-2", "GET", resource) });
    expect(status.status).toBe(200);
    const replay = await fetch(`${fake.url}${resource}`, { headers: headers("nonce-2", "GET", resource) });
    expect(await replay.json()).toMatchObject({ errors: [{ code: 10002 }] });

    const basic = await fetch(`${fake.url}${resource}`, {
      headers: { Authorization: telesignBasicAuthorization(customer.customerId, KEY) },
    });
    expect(basic.status).toBe(401);
    expect(await basic.json()).toMatchObject({ status: { code: 501 }, errors: [{ code: 10022, description: "Invalid API Key." }] });
  });
});
