// Delivers provider webhooks to the app the way Twilio and TeleSign do, for Playwright specs: real
// captured payloads (test-data/reference/payloads), signed with the official algorithms. Plain
// fetch, so a spec can call these outside any page.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import twilio from "twilio";
import { E2E_BASE_URL } from "./server-env";
import { signTelesignCallbackForTest } from "./telesign";

/** Form parameters in the order the provider sent them; a key may repeat. */
export type WebhookParams = [string, string][];

/** The app's callback URL for an account, as Twilio and TeleSign are told to call it. */
export function callbackUrl(provider: "twilio" | "telesign", callbackKey: string): string {
  return `${E2E_BASE_URL}/api/webhooks/${provider}/${encodeURIComponent(callbackKey)}`;
}

/** A captured Twilio webhook, e.g. readTwilioPayload("twilio-sms-inbound"), decoded and in order. */
export function readTwilioPayload(name: string): WebhookParams {
  const file = path.resolve(process.cwd(), "test-data/reference/payloads", name.endsWith(".form") ? name : `${name}.form`);
  return [...new URLSearchParams(readFileSync(file, "utf8").trim())];
}

/**
 * The payload with some values replaced in place (and unknown keys appended), so a spec can point a
 * real capture at its own account and numbers: withParams(p, { AccountSid, To, From, Body }).
 */
export function withParams(params: WebhookParams, overrides: Record<string, string>): WebhookParams {
  const result = params.map(([key, value]): [string, string] => [key, Object.hasOwn(overrides, key) ? (overrides[key] ?? value) : value]);
  for (const [key, value] of Object.entries(overrides)) if (!params.some(([existing]) => existing === key)) result.push([key, value]);
  return result;
}

/** Reads a captured TeleSign callback body verbatim (TeleSign signs the raw bytes). */
export function readTelesignPayload(name: string): string {
  return readFileSync(
    path.resolve(process.cwd(), "test-data/reference/payloads", name.endsWith(".json") ? name : `${name}.json`),
    "utf8",
  ).trim();
}

export type WebhookResponse = { status: number; text: string };

/**
 * POSTs a form webhook with X-Twilio-Signature computed by the official library over `url` and the
 * params (repeated keys signed as arrays, as Twilio does). `signature` overrides it; null sends none.
 */
export async function postTwilioWebhook({
  url,
  authToken,
  params,
  signature,
}: {
  url: string;
  authToken: string;
  params: WebhookParams | Record<string, string>;
  signature?: string | null;
}): Promise<WebhookResponse> {
  const pairs = Array.isArray(params) ? params : Object.entries(params);
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "TwilioProxy/1.1" };
  const signed = signature === undefined ? twilio.getExpectedTwilioSignature(authToken, url, groupParams(pairs)) : signature;
  if (signed !== null) headers["X-Twilio-Signature"] = signed;
  const response = await fetch(url, { method: "POST", headers, body: new URLSearchParams(pairs).toString() });
  return { status: response.status, text: await response.text() };
}

/**
 * POSTs a JSON callback signed like TeleSign: "TSA <customer id>:<base64 HMAC-SHA256 of the body>"
 * in both Authorization and X-TS-Authorization (TeleSign always sends both). `authorization`
 * overrides the value; null sends neither header.
 */
export async function postTelesignWebhook({
  url,
  customerId,
  apiKey,
  body,
  authorization,
}: {
  url: string;
  customerId: string;
  apiKey: string;
  body: string;
  authorization?: string | null;
}): Promise<WebhookResponse> {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  const signed = authorization === undefined ? signTelesignCallbackForTest({ customerId, apiKey }, body) : authorization;
  if (signed !== null) {
    headers.Authorization = signed;
    headers["X-TS-Authorization"] = signed;
  }
  const response = await fetch(url, { method: "POST", headers, body });
  return { status: response.status, text: await response.text() };
}

function groupParams(pairs: WebhookParams): Record<string, string | string[]> {
  const grouped: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const existing = grouped[key];
    grouped[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return grouped;
}

/** POSTs raw bytes (a Uint8Array is sent with Content-Length; a ReadableStream chunked, without one). */
export async function postRaw({
  url,
  body,
  headers = {},
}: {
  url: string;
  body: Uint8Array | ReadableStream<Uint8Array>;
  headers?: Record<string, string>;
}): Promise<WebhookResponse> {
  const response = await fetch(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);
  return { status: response.status, text: await response.text() };
}

/**
 * Sends the headers of a POST that claims `contentLength` bytes, then a first small piece of body and
 * never the rest, and resolves with the status as soon as the server answers — which it can only do
 * if it didn't wait for the body. The request is torn down afterwards.
 */
export function postWithEndlessBody({
  url,
  contentLength,
  headers = {},
}: {
  url: string;
  contentLength: number;
  headers?: Record<string, string>;
}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: "POST", headers: { ...headers, "content-length": String(contentLength) } }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
      request.destroy();
    });
    // An error after the answer (the teardown) no longer matters: the promise is settled.
    request.on("error", reject);
    request.write(Buffer.alloc(1024, "a"));
  });
}
