// The Content API (content.twilio.com /v2/ContentAndApprovals) and Messaging API (messaging.twilio.com
// /v1/Services) parts of the fake Twilio, in the shapes of Twilio's OpenAPI specs
// (shared/reference/twilio_content_v2.json, twilio_messaging_v1.json): paged with PageSize and an
// opaque PageToken, next_page_url pointing at Twilio's real host, as the real API answers.
// fake-twilio.ts authenticates the caller before handing a request here.
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import { z } from "zod";

export const fakeTwilioContentInput = z.object({
  accountSid: z.string().min(1),
  sid: z
    .string()
    .regex(/^HX[0-9a-fA-F]{32}$/)
    .optional(),
  friendlyName: z.string().min(1),
  language: z.string().default("en"),
  variables: z.record(z.string(), z.string()).default({}),
  types: z.record(z.string(), z.unknown()).default({}),
  approval: z
    .object({
      name: z.string().default(""),
      category: z.string().default(""),
      status: z.string().default("unsubmitted"),
      rejectionReason: z.string().default(""),
    })
    .default({ name: "", category: "", status: "unsubmitted", rejectionReason: "" }),
});

export const fakeTwilioServiceInput = z.object({
  accountSid: z.string().min(1),
  friendlyName: z.string().min(1),
  inboundRequestUrl: z.string().nullable().default(null),
  useInboundWebhookOnNumber: z.boolean().default(true),
});

export type FakeTwilioContentInput = z.input<typeof fakeTwilioContentInput>;
export type FakeTwilioServiceInput = z.input<typeof fakeTwilioServiceInput>;
export type FakeTwilioContent = z.output<typeof fakeTwilioContentInput> & { sid: string };
export type FakeTwilioService = z.output<typeof fakeTwilioServiceInput> & { sid: string };

type Send = (res: ServerResponse, status: number, body: unknown) => void;

const CREATED = "2026-11-02T09:00:00Z";

export function createFakeTwilioContent(send: Send) {
  const contents = new Map<string, FakeTwilioContent>();
  const services = new Map<string, FakeTwilioService>();
  // Twilio's own cap is 1000; a spec lowers it to see a list come back in several pages.
  let maxPageSize = 1000;

  /** GET /v2/ContentAndApprovals for an authenticated account. */
  function listContent(accountSid: string, query: URLSearchParams, res: ServerResponse) {
    // ChannelEligibility=<channel>:<status>, repeatable; only WhatsApp approval exists here.
    const wanted = query.getAll("ChannelEligibility").map((value) => value.toLowerCase());
    const all = [...contents.values()].filter(
      (content) =>
        content.accountSid === accountSid && (wanted.length === 0 || wanted.includes(`whatsapp:${content.approval.status.toLowerCase()}`)),
    );
    page(res, "https://content.twilio.com/v2/ContentAndApprovals", "contents", all.map(contentResource), query);
  }

  /** GET /v1/Services for an authenticated account. */
  function listServices(accountSid: string, query: URLSearchParams, res: ServerResponse) {
    const all = [...services.values()].filter((service) => service.accountSid === accountSid);
    page(res, "https://messaging.twilio.com/v1/Services", "services", all.map(serviceResource), query);
  }

  function page(res: ServerResponse, listUrl: string, key: string, all: unknown[], query: URLSearchParams) {
    const pageSize = Math.min(Math.max(Number(query.get("PageSize") ?? 50) || 50, 1), maxPageSize);
    const token = query.get("PageToken");
    // The token is opaque to clients; here it is the offset of the page, base64url-encoded.
    const offset = token ? Number(Buffer.from(token, "base64url").toString("utf8")) : 0;
    if (!Number.isInteger(offset) || offset < 0) {
      return send(res, 400, {
        code: 20001,
        message: "Invalid PageToken",
        more_info: "https://www.twilio.com/docs/errors/20001",
        status: 400,
      });
    }
    const pageNumber = Math.floor(offset / pageSize);
    const slice = all.slice(offset, offset + pageSize);
    const filters = new URLSearchParams([...query].filter(([name]) => name !== "PageToken" && name !== "Page" && name !== "PageSize"));
    const urlOf = (pageIndex: number, pageToken: string | null) => {
      const params = new URLSearchParams(filters);
      params.set("PageSize", String(pageSize));
      params.set("Page", String(pageIndex));
      if (pageToken) params.set("PageToken", pageToken);
      return `${listUrl}?${params.toString()}`;
    };
    const hasNext = offset + pageSize < all.length;
    send(res, 200, {
      [key]: slice,
      meta: {
        page: pageNumber,
        page_size: pageSize,
        first_page_url: urlOf(0, null),
        previous_page_url: offset > 0 ? urlOf(pageNumber - 1, encodeToken(Math.max(offset - pageSize, 0))) : null,
        url: urlOf(pageNumber, token),
        next_page_url: hasNext ? urlOf(pageNumber + 1, encodeToken(offset + pageSize)) : null,
        key,
      },
    });
  }

  function serviceExists(accountSid: string, sid: string): boolean {
    return services.get(sid)?.accountSid === accountSid;
  }

  return {
    listContent,
    listServices,
    serviceExists,
    addContent(input: unknown) {
      const parsed = fakeTwilioContentInput.parse(input);
      const content: FakeTwilioContent = { ...parsed, sid: parsed.sid ?? `HX${randomBytes(16).toString("hex")}` };
      contents.set(content.sid, content);
      return content;
    },
    /** Changes a content's WhatsApp approval (status and reason), as Meta's review would. */
    setApproval(input: unknown) {
      const { sid, status, rejectionReason } = z
        .object({ sid: z.string(), status: z.string(), rejectionReason: z.string().default("") })
        .parse(input);
      const content = contents.get(sid);
      if (!content) throw new Error(`no content ${sid}`);
      content.approval = { ...content.approval, status, rejectionReason };
      return content;
    },
    deleteContent(input: unknown) {
      const { sid } = z.object({ sid: z.string() }).parse(input);
      contents.delete(sid);
    },
    addService(input: unknown) {
      const parsed = fakeTwilioServiceInput.parse(input);
      const service: FakeTwilioService = { ...parsed, sid: `MG${randomBytes(16).toString("hex")}` };
      services.set(service.sid, service);
      return service;
    },
    setMaxPageSize(input: unknown) {
      maxPageSize = z.object({ maxPageSize: z.number().int().min(1).max(1000) }).parse(input).maxPageSize;
    },
    reset() {
      maxPageSize = 1000;
      contents.clear();
      services.clear();
    },
  };
}

function encodeToken(offset: number) {
  return Buffer.from(String(offset), "utf8").toString("base64url");
}

// content.v1.content_and_approvals as listed by /v2/ContentAndApprovals.
function contentResource(content: FakeTwilioContent) {
  return {
    date_created: CREATED,
    date_updated: CREATED,
    sid: content.sid,
    account_sid: content.accountSid,
    friendly_name: content.friendlyName,
    language: content.language,
    variables: content.variables,
    types: content.types,
    approval_requests: {
      name: content.approval.name,
      category: content.approval.category,
      content_type: Object.keys(content.types)[0] ?? "",
      status: content.approval.status,
      rejection_reason: content.approval.rejectionReason,
      allow_category_change: true,
    },
  };
}

// messaging.v1.service.
function serviceResource(service: FakeTwilioService) {
  const url = `https://messaging.twilio.com/v1/Services/${service.sid}`;
  return {
    account_sid: service.accountSid,
    area_code_geomatch: true,
    date_created: CREATED,
    date_updated: CREATED,
    fallback_method: "POST",
    fallback_to_long_code: true,
    fallback_url: null,
    friendly_name: service.friendlyName,
    inbound_method: "POST",
    inbound_request_url: service.inboundRequestUrl,
    links: { phone_numbers: `${url}/PhoneNumbers`, short_codes: `${url}/ShortCodes`, alpha_senders: `${url}/AlphaSenders` },
    mms_converter: true,
    scan_message_content: "inherit",
    sid: service.sid,
    smart_encoding: false,
    status_callback: null,
    sticky_sender: true,
    synchronous_validation: false,
    url,
    us_app_to_person_registered: false,
    use_inbound_webhook_on_number: service.useInboundWebhookOnNumber,
    usecase: "undeclared",
    validity_period: 14400,
  };
}
