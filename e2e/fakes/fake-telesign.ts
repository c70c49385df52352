// A local stand-in for TeleSign's REST API: checks Basic and "TSA" digest auth the way TeleSign
// describes it (telesign-facts.md §2) and answers with TeleSign's JSON shapes — 401s carry the SMS
// API's auth codes (10015 Invalid Customer ID, 10022 Invalid API Key, 10008 Invalid Signature,
// 10010 suspended), sends answer 290 "Message in progress". Seeded over /__fake/… by Playwright.
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";
import { decodeTelesignApiKey, signTelesignRequest, telesignBasicAuthorization } from "../../lib/providers/telesign/client";
import { readBody, send } from "./http";

export const fakeTelesignCustomerInput = z.object({
  customerId: z.string().min(1).optional(),
  apiKey: z
    .string()
    .refine((key) => decodeTelesignApiKey(key) !== null, "must be base64")
    .optional(),
  status: z.enum(["active", "suspended"]).default("active"),
});

export type FakeTelesignCustomerInput = z.input<typeof fakeTelesignCustomerInput>;
export type FakeTelesignCustomer = Required<z.output<typeof fakeTelesignCustomerInput>>;
export type FakeTelesignRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  customerId: string | null;
  authScheme: "TSA" | "Basic" | null;
  form?: Record<string, string>;
};
/** One accepted POST /v1/messaging, newest last (GET /__fake/messages). */
export type FakeTelesignSend = { customerId: string; referenceId: string; form: Record<string, string> };

const DATE_TOLERANCE_MS = 15 * 60 * 1000;

export async function startFakeTelesign({ port }: { port: number }): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const customers = new Map<string, FakeTelesignCustomer>();
  const messages = new Map<string, { customerId: string; phoneNumber: string; message: string }>();
  let sends: FakeTelesignSend[] = [];
  const usedNonces = new Set<string>();
  let requests: FakeTelesignRequest[] = [];

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("[fake-telesign]", error);
      if (!res.headersSent)
        send(
          res,
          503,
          statusBody(500, "Transaction not attempted", [{ code: 10000, description: "System Unavailable, Please try again later." }]),
        );
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake-telesign");
    const method = req.method ?? "GET";
    const rawBody = await readBody(req);
    if (url.pathname.startsWith("/__fake/")) return control(method, url.pathname, rawBody, res);

    const header = req.headers.authorization ?? "";
    const scheme = header.startsWith("TSA ") ? "TSA" : header.startsWith("Basic ") ? "Basic" : null;
    const form = method === "POST" ? Object.fromEntries(new URLSearchParams(rawBody)) : undefined;
    const claimedId = scheme === "TSA" ? (header.slice(4).split(":")[0] ?? null) : scheme === "Basic" ? basicUser(header) : null;
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      customerId: claimedId,
      authScheme: scheme,
      ...(form ? { form } : {}),
    });

    const authError = authenticate(req, method, url.pathname, rawBody, scheme, header);
    if (authError) return send(res, 401, statusBody(501, "Not authorized", [authError]));
    const customerId = claimedId ?? "";

    if (method === "POST" && url.pathname === "/v1/messaging") return sendSms(customerId, form ?? {}, res);
    const statusMatch = /^\/v1\/messaging\/([^/]+)$/.exec(url.pathname);
    if (method === "GET" && statusMatch) {
      const referenceId = statusMatch[1] ?? "";
      const sent = messages.get(referenceId);
      if (!sent || sent.customerId !== customerId) {
        return send(res, 404, {
          reference_id: referenceId,
          ...statusBody(500, "Transaction not attempted", [{ code: -10001, description: "CustomerID/ReferenceID not found" }]),
        });
      }
      return send(res, 200, { reference_id: referenceId, ...statusBody(290, "Message in progress", []) });
    }
    return send(res, 404, statusBody(500, "Transaction not attempted", [{ code: -40004, description: "Resource not found" }]));
  }

  /** Returns the TeleSign error for a request that must not pass, or null. */
  function authenticate(
    req: IncomingMessage,
    method: string,
    path: string,
    rawBody: string,
    scheme: "TSA" | "Basic" | null,
    header: string,
  ) {
    if (!scheme)
      return header
        ? { code: 10028, description: "Required 'Authorization' header is not in the correct format" }
        : { code: 10009, description: "Missing required `Authorization` header" };
    const claimedId = scheme === "TSA" ? header.slice(4).split(":")[0] : basicUser(header);
    const customer = claimedId ? customers.get(claimedId) : undefined;
    if (!customer) return { code: 10015, description: "Invalid Customer ID." };
    const credentialError = scheme === "Basic" ? checkBasic(customer, header) : checkDigest(customer, req, method, path, rawBody, header);
    // Only someone holding the key learns that the account is suspended.
    if (credentialError) return credentialError;
    return customer.status === "suspended" ? { code: 10010, description: "CustomerID Account Suspended" } : null;
  }

  function checkBasic(customer: FakeTelesignCustomer, header: string) {
    return header === telesignBasicAuthorization(customer.customerId, customer.apiKey)
      ? null
      : { code: 10022, description: "Invalid API Key." };
  }

  function checkDigest(
    customer: FakeTelesignCustomer,
    req: IncomingMessage,
    method: string,
    path: string,
    rawBody: string,
    header: string,
  ) {
    // The SDKs (and our client) sign the Date header; the x-ts-date variant signs an extra line.
    const date = headerValue(req, "date");
    const nonce = headerValue(req, "x-ts-nonce") ?? "";
    if (!date) return { code: 10007, description: "Missing required 'Date' or 'x-ts-date' header" };
    const sentAt = Date.parse(date);
    if (Number.isNaN(sentAt)) return { code: 10005, description: "'Date' or 'x-ts-date' header is not RFC822 compliant" };
    if (Math.abs(Date.now() - sentAt) > DATE_TOLERANCE_MS)
      return { code: 10004, description: "'Date' or 'x-ts-date' header is not within tolerable range" };
    if (headerValue(req, "x-ts-auth-method") !== "HMAC-SHA256") return { code: 10006, description: "Invalid 'x-ts-auth-method' header." };
    if (nonce.length < 1 || nonce.length > 64)
      return { code: 10003, description: "'x-ts-nonce' header value is either too long or too short" };
    const expected = signTelesignRequest({
      method,
      contentType: headerValue(req, "content-type") ?? "",
      date,
      nonce,
      body: rawBody,
      resource: path,
      customerId: customer.customerId,
      apiKey: customer.apiKey,
    });
    if (header !== expected) return { code: 10008, description: "Invalid Signature." };
    if (usedNonces.has(`${customer.customerId}:${nonce}`))
      return { code: 10002, description: "'x-ts-nonce' header value has been used recently" };
    usedNonces.add(`${customer.customerId}:${nonce}`);
    return null;
  }

  function sendSms(customerId: string, form: Record<string, string>, res: ServerResponse) {
    const missing = (["phone_number", "message", "message_type"] as const).find((name) => !form[name]);
    if (missing) {
      const code = { phone_number: 12000, message: 12009, message_type: 12017 }[missing];
      return send(res, 400, statusBody(code, `Missing Required Parameter ${missing}`, []));
    }
    // TeleSign wants digits only with the country code, no "+" (facts §1).
    if (!/^\d{7,15}$/.test(form.phone_number ?? ""))
      return send(res, 400, statusBody(11000, "Invalid value for parameter phone_number.", []));
    if (!["OTP", "ARN", "MKT"].includes(form.message_type ?? ""))
      return send(res, 400, statusBody(11017, "Invalid value for parameter message_type.", []));
    if (form.callback_url !== undefined && !isHttpUrl(form.callback_url))
      return send(res, 400, statusBody(11004, "Invalid value for parameter callback_url.", []));
    // sender_id: up to 20 letters or digits (facts §1); recorded with the form so specs can assert it.
    if (form.sender_id !== undefined && !/^[A-Za-z0-9]{1,20}$/.test(form.sender_id))
      return send(res, 400, statusBody(11013, "Invalid value for parameter sender_id.", []));
    const referenceId = randomBytes(16).toString("hex").toUpperCase();
    messages.set(referenceId, { customerId, phoneNumber: form.phone_number ?? "", message: form.message ?? "" });
    sends.push({ customerId, referenceId, form });
    return send(res, 200, {
      reference_id: referenceId,
      status: { code: 290, description: "Message in progress", updated_on: new Date().toISOString() },
    });
  }

  function control(method: string, path: string, rawBody: string, res: ServerResponse) {
    try {
      const body = rawBody ? (JSON.parse(rawBody) as unknown) : {};
      if (method === "POST" && path === "/__fake/customers") {
        const input = fakeTelesignCustomerInput.parse(body);
        const customer: FakeTelesignCustomer = {
          status: input.status,
          customerId: input.customerId ?? randomUUID().toUpperCase(),
          apiKey: input.apiKey ?? randomBytes(64).toString("base64"),
        };
        customers.set(customer.customerId, customer);
        return send(res, 201, customer);
      }
      if (method === "POST" && path === "/__fake/reset") {
        customers.clear();
        messages.clear();
        sends = [];
        usedNonces.clear();
        requests = [];
        return send(res, 200, { ok: true });
      }
      if (method === "GET" && path === "/__fake/requests") return send(res, 200, requests);
      if (method === "GET" && path === "/__fake/messages") return send(res, 200, sends);
      return send(res, 404, { error: `unknown control route ${method} ${path}` });
    } catch (error) {
      return send(res, 400, { error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) });
    }
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}`,
    port: boundPort,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function statusBody(code: number, description: string, errors: { code: number; description: string }[]) {
  return { status: { code, description, updated_on: new Date().toISOString() }, errors };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

function basicUser(header: string): string | null {
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : decoded.slice(0, colon);
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
