// A local stand-in for api.twilio.com (2010-04-01) that answers with Twilio's real JSON shapes (the
// OpenAPI spec in shared/reference) so the app is tested end to end without reaching Twilio.
// Scenarios are seeded over HTTP under /__fake/… because Playwright specs run in another process.
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { createFakeTwilioContent } from "./fake-twilio-content";
import { createFakeTwilioMessages } from "./fake-twilio-messages";
import { readBody, send } from "./http";

export const fakeTwilioAccountInput = z.object({
  sid: z
    .string()
    .regex(/^AC[0-9a-fA-F]{32}$/)
    .optional(),
  authToken: z.string().min(1).optional(),
  friendlyName: z.string().default("Fake Twilio account"),
  type: z.enum(["Trial", "Full"]).default("Full"),
  status: z.enum(["active", "suspended", "closed"]).default("active"),
});

export const fakeTwilioNumberInput = z.object({
  accountSid: z.string(),
  phoneNumber: z.string().regex(/^\+\d{6,15}$/),
  friendlyName: z.string().optional(),
  smsUrl: z.string().nullable().default(null),
  smsMethod: z.enum(["GET", "POST"]).default("POST"),
  smsApplicationSid: z.string().nullable().default(null),
  capabilities: z.object({ voice: z.boolean(), sms: z.boolean(), mms: z.boolean(), fax: z.boolean() }).partial().default({}),
});

export const fakeTwilioBehaviourInput = z.object({
  accountSid: z.string(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  testCredentials: z.boolean().optional(),
});

export type FakeTwilioAccountInput = z.input<typeof fakeTwilioAccountInput>;
export type FakeTwilioNumberInput = z.input<typeof fakeTwilioNumberInput>;
export type FakeTwilioBehaviourInput = z.input<typeof fakeTwilioBehaviourInput>;
export type FakeTwilioAccount = Required<z.output<typeof fakeTwilioAccountInput>>;
export type FakeRecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  authUser: string | null;
  form?: Record<string, string>;
};

type StoredNumber = Omit<z.output<typeof fakeTwilioNumberInput>, "capabilities"> & {
  sid: string;
  capabilities: { voice: boolean; sms: boolean; mms: boolean; fax: boolean };
};

const RFC2822_CREATED = "Thu, 30 Jul 2015 20:00:00 +0000";

export async function startFakeTwilio({ port }: { port: number }): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const accounts = new Map<string, FakeTwilioAccount>();
  const numbers = new Map<string, StoredNumber>();
  const behaviours = new Map<string, { delayMs: number; testCredentials: boolean }>();
  // Media Twilio no longer has (expired or deleted): GET answers 404 like the real API.
  const deletedMedia = new Set<string>();
  let requests: FakeRecordedRequest[] = [];
  const content = createFakeTwilioContent(send);
  const messages = createFakeTwilioMessages(send, { serviceExists: content.serviceExists });

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error("[fake-twilio]", error);
      if (!res.headersSent) send(res, 500, { code: 20500, message: "Internal Server Error", more_info: moreInfo(20500), status: 500 });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? "/", "http://fake-twilio");
    const method = req.method ?? "GET";
    const rawBody = await readBody(req);

    if (url.pathname.startsWith("/__fake/")) return control(method, url.pathname, rawBody, res);
    // The media "CDN" is not the API: no credentials, and not part of the recorded API traffic.
    if (method === "GET" && url.pathname.startsWith("/__media/")) return messages.serveMedia(res);

    const auth = parseBasic(req.headers.authorization);
    const form = method === "POST" ? Object.fromEntries(new URLSearchParams(rawBody)) : undefined;
    requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authUser: auth?.user ?? null,
      ...(form ? { form } : {}),
    });

    // The Content and Messaging APIs (their own hosts at Twilio; one origin here): same Basic pair.
    if (method === "GET" && (url.pathname === "/v2/ContentAndApprovals" || url.pathname === "/v1/Services")) {
      const caller = auth ? accounts.get(auth.user) : undefined;
      if (!auth || !caller || caller.authToken !== auth.password) return unauthenticated(res);
      if (url.pathname === "/v1/Services") return content.listServices(caller.sid, url.searchParams, res);
      return content.listContent(caller.sid, url.searchParams, res);
    }

    const match =
      /^\/2010-04-01\/Accounts\/([^/]+?)(\.json|\/IncomingPhoneNumbers\.json|\/IncomingPhoneNumbers\/([^/]+)\.json|\/Messages\.json|\/Messages\/[^/]+\/Media\/([^/.]+))$/.exec(
        url.pathname,
      );
    if (!match) return notFound(res, url.pathname);
    const [, sid = "", rest = "", numberSid, mediaSid] = match;

    // A slow account is slow whoever asks, the way a slow network path would be.
    const behaviour = behaviours.get(sid);
    if (behaviour?.delayMs) await delay(behaviour.delayMs, undefined, { ref: false });

    // Twilio's order: authenticate the Basic pair, then resolve the account in the URL.
    if (!auth) return unauthenticated(res);
    const caller = accounts.get(auth.user);
    if (!caller) {
      return auth.user === sid ? notFound(res, url.pathname) : unauthenticated(res);
    }
    if (caller.authToken !== auth.password) return unauthenticated(res);
    if (auth.user !== sid) return notFound(res, url.pathname);

    if (behaviour?.testCredentials) {
      return send(res, 403, {
        code: 20008,
        message: "Resource not accessible with Test Account Credentials",
        more_info: moreInfo(20008),
        status: 403,
      });
    }

    if (rest === ".json" && method === "GET") return send(res, 200, accountResource(caller));
    if (rest === "/IncomingPhoneNumbers.json" && method === "GET") return send(res, 200, numberPage(sid, url.searchParams));
    if (rest === "/Messages.json" && method === "POST") return messages.create(sid, rawBody, res);
    if (mediaSid && method === "GET")
      return deletedMedia.has(mediaSid) ? notFound(res, url.pathname) : messages.redirectToMedia(mediaSid, res);
    if (numberSid) {
      const number = numbers.get(numberSid);
      if (!number || number.accountSid !== sid) return notFound(res, url.pathname);
      if (method === "POST" && form) {
        if (form.SmsUrl !== undefined) number.smsUrl = form.SmsUrl === "" ? null : form.SmsUrl;
        if (form.SmsMethod === "GET" || form.SmsMethod === "POST") number.smsMethod = form.SmsMethod;
        if (form.SmsApplicationSid !== undefined) number.smsApplicationSid = form.SmsApplicationSid === "" ? null : form.SmsApplicationSid;
        if (form.FriendlyName !== undefined) number.friendlyName = form.FriendlyName;
      }
      if (method === "GET" || method === "POST") return send(res, 200, numberResource(number));
    }
    return send(res, 405, { code: 20004, message: "Method not allowed", more_info: moreInfo(20004), status: 405 });
  }

  function control(method: string, path: string, rawBody: string, res: ServerResponse) {
    try {
      controlRoute(method, path, rawBody ? (JSON.parse(rawBody) as unknown) : {}, res);
    } catch (error) {
      // A bad seed is a test bug: say exactly what was wrong.
      send(res, 400, { error: error instanceof z.ZodError ? z.prettifyError(error) : String(error) });
    }
  }

  function controlRoute(method: string, path: string, body: unknown, res: ServerResponse) {
    if (method === "POST" && path === "/__fake/accounts") {
      const input = fakeTwilioAccountInput.parse(body);
      const account: FakeTwilioAccount = { ...input, sid: input.sid ?? `AC${hex(16)}`, authToken: input.authToken ?? hex(16) };
      accounts.set(account.sid, account);
      return send(res, 201, account);
    }
    if (method === "POST" && path === "/__fake/numbers") {
      const input = fakeTwilioNumberInput.parse(body);
      const number: StoredNumber = {
        ...input,
        sid: `PN${hex(16)}`,
        capabilities: { voice: true, sms: true, mms: true, fax: false, ...input.capabilities },
      };
      numbers.set(number.sid, number);
      return send(res, 201, numberResource(number));
    }
    if (method === "POST" && path === "/__fake/behaviour") {
      const input = fakeTwilioBehaviourInput.parse(body);
      behaviours.set(input.accountSid, { delayMs: input.delayMs ?? 0, testCredentials: input.testCredentials ?? false });
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/deleted-media") {
      deletedMedia.add(z.object({ mediaSid: z.string().min(1) }).parse(body).mediaSid);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/send-faults") {
      messages.setFaults(body);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/unsubscribed") {
      messages.unsubscribe(body);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/contents") return send(res, 201, content.addContent(body));
    if (method === "POST" && path === "/__fake/contents/approval") return send(res, 200, content.setApproval(body));
    if (method === "POST" && path === "/__fake/contents/delete") {
      content.deleteContent(body);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/content-page-size") {
      content.setMaxPageSize(body);
      return send(res, 200, { ok: true });
    }
    if (method === "POST" && path === "/__fake/messaging-services") return send(res, 201, content.addService(body));
    if (method === "POST" && path === "/__fake/reset") {
      accounts.clear();
      numbers.clear();
      behaviours.clear();
      deletedMedia.clear();
      messages.reset();
      content.reset();
      requests = [];
      return send(res, 200, { ok: true });
    }
    if (method === "GET" && path === "/__fake/requests") return send(res, 200, requests);
    if (method === "GET" && path === "/__fake/messages") return send(res, 200, messages.list());
    return send(res, 404, { error: `unknown control route ${method} ${path}` });
  }

  function numberPage(accountSid: string, query: URLSearchParams) {
    const pageSize = Number(query.get("PageSize") ?? 50);
    const page = Number(query.get("Page") ?? 0);
    // Twilio's PhoneNumber filter matches partial numbers too; mimic that so clients must re-check.
    const wanted = query.get("PhoneNumber");
    const all = [...numbers.values()].filter((n) => n.accountSid === accountSid && (!wanted || n.phoneNumber.includes(wanted)));
    const slice = all.slice(page * pageSize, (page + 1) * pageSize);
    const uri = `/2010-04-01/Accounts/${accountSid}/IncomingPhoneNumbers.json?${query.toString()}`;
    return {
      end: Math.max(page * pageSize + slice.length - 1, 0),
      first_page_uri: uri,
      incoming_phone_numbers: slice.map(numberResource),
      next_page_uri: null,
      page,
      page_size: pageSize,
      previous_page_uri: null,
      start: page * pageSize,
      uri,
    };
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

// The account resource as Twilio returns it — including auth_token, which the real API does send;
// keeping it here proves our client never passes it on.
function accountResource(account: FakeTwilioAccount) {
  const base = `/2010-04-01/Accounts/${account.sid}`;
  return {
    auth_token: account.authToken,
    date_created: RFC2822_CREATED,
    date_updated: RFC2822_CREATED,
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: account.status,
    subresource_uris: { incoming_phone_numbers: `${base}/IncomingPhoneNumbers.json`, messages: `${base}/Messages.json` },
    type: account.type,
    uri: `${base}.json`,
  };
}

function numberResource(number: StoredNumber) {
  return {
    account_sid: number.accountSid,
    address_requirements: "none",
    api_version: "2010-04-01",
    beta: false,
    capabilities: number.capabilities,
    date_created: RFC2822_CREATED,
    date_updated: RFC2822_CREATED,
    friendly_name: number.friendlyName ?? number.phoneNumber,
    origin: "twilio",
    phone_number: number.phoneNumber,
    sid: number.sid,
    // Twilio sends "" (not null) for unset SIDs and URLs.
    sms_application_sid: number.smsApplicationSid ?? "",
    sms_fallback_method: "POST",
    sms_fallback_url: "",
    sms_method: number.smsMethod,
    sms_url: number.smsUrl ?? "",
    status_callback: "",
    status_callback_method: "POST",
    uri: `/2010-04-01/Accounts/${number.accountSid}/IncomingPhoneNumbers/${number.sid}.json`,
    voice_method: "POST",
    voice_url: null,
    status: "in-use",
    type: "local",
  };
}

function unauthenticated(res: ServerResponse) {
  res.setHeader("WWW-Authenticate", 'Basic realm="Twilio API"');
  send(res, 401, { code: 20003, message: "Authenticate", more_info: moreInfo(20003), status: 401 });
}

function notFound(res: ServerResponse, path: string) {
  send(res, 404, { code: 20404, message: `The requested resource ${path} was not found`, more_info: moreInfo(20404), status: 404 });
}

function moreInfo(code: number) {
  return `https://www.twilio.com/docs/errors/${code}`;
}

function parseBasic(header: string | undefined): { user: string; password: string } | null {
  if (!header?.startsWith("Basic ")) return null;
  const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? null : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function hex(bytes: number) {
  return randomBytes(bytes).toString("hex");
}
