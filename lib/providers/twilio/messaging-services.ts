// Twilio's Messaging API (messaging.twilio.com): the account's Messaging Services (MG…), which a number
// can send through (MessagingServiceSid instead of From). Pure (no "server-only"); shapes per
// shared/reference/twilio_messaging_v1.json (GET /v1/Services, paged with PageToken).
import { z } from "zod";
import { getEnv } from "@/lib/env";
import type { FetchImpl } from "@/lib/providers/types";
import { listAllPages, type TwilioListResult } from "./paged-list";
import { MESSAGING_SERVICE_SID } from "./sids";

const serviceSchema = z.object({
  sid: z.string().regex(MESSAGING_SERVICE_SID),
  friendly_name: z.string().nullish(),
  inbound_request_url: z.string().nullish(),
  // true: inbound messages go to the sender number's own webhook ("defer to sender's webhook").
  use_inbound_webhook_on_number: z.boolean().nullish(),
});

export type TwilioMessagingService = {
  sid: string;
  friendlyName: string;
  inboundRequestUrl: string | null;
  defersToSender: boolean;
};

type Connection = { accountSid: string; authToken: string; baseUrl?: string; timeoutMs?: number; fetchImpl?: FetchImpl };

export async function listMessagingServices(
  options: Connection & { pageSize?: number; maxPages?: number },
): Promise<TwilioListResult<TwilioMessagingService>> {
  const result = await listAllPages(
    {
      accountSid: options.accountSid,
      authToken: options.authToken,
      baseUrl: options.baseUrl ?? getEnv().TWILIO_MESSAGING_API_BASE_URL,
      timeoutMs: options.timeoutMs,
      fetchImpl: options.fetchImpl,
    },
    {
      path: "/v1/Services",
      query: new URLSearchParams({ PageSize: String(options.pageSize ?? 100) }),
      key: "services",
      itemSchema: serviceSchema,
      maxPages: options.maxPages ?? 20,
    },
  );
  if (!result.ok) return result;
  return {
    ...result,
    items: result.items.map((service) => ({
      sid: service.sid,
      friendlyName: service.friendly_name || service.sid,
      inboundRequestUrl: service.inbound_request_url || null,
      defersToSender: service.use_inbound_webhook_on_number === true,
    })),
  };
}
