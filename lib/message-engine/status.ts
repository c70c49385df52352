// Outbound message status: one scale for Twilio's status names and TeleSign's numeric codes, and the
// rule for applying callbacks that arrive out of order. Pure, so it is unit-tested.

export const OUTBOUND_STATUSES = ["PENDING", "QUEUED", "SENT", "DELIVERED", "READ", "FAILED"] as const;
export type OutboundStatus = (typeof OUTBOUND_STATUSES)[number];

// Twilio's Message status values (OpenAPI message_enum_status). "receiving"/"received" belong to
// inbound messages, and "partially_delivered" has no single meaning for one recipient: both map to
// null so the caller leaves the stored status alone.
const TWILIO_STATUSES: ReadonlyMap<string, OutboundStatus> = new Map([
  ["accepted", "QUEUED"],
  ["scheduled", "QUEUED"],
  ["queued", "QUEUED"],
  ["sending", "QUEUED"],
  ["sent", "SENT"],
  ["delivered", "DELIVERED"],
  ["read", "READ"],
  ["failed", "FAILED"],
  // The carrier refused it (e.g. 30003 unreachable handset): for the agent it did not arrive.
  ["undelivered", "FAILED"],
  ["canceled", "FAILED"],
]);

/** Twilio's MessageStatus (callback) or `status` (REST) as our status, or null when it says nothing about delivery. */
export function mapTwilioStatus(status: string): OutboundStatus | null {
  return TWILIO_STATUSES.get(status.trim().toLowerCase()) ?? null;
}

type TelesignStatus = { status: OutboundStatus; isFinal: boolean };

const inProgress = (status: OutboundStatus): TelesignStatus => ({ status, isFinal: false });
const FAILED_FINAL: TelesignStatus = { status: "FAILED", isFinal: true };

/**
 * TeleSign SMS status codes (telesign-facts.md §3; developer.telesign.com/enterprise/reference/
 * smscallbacks and /getsmsstatus, which mark each code Final or Intermediate).
 * - 210 "Temporary phone error" is documented as Final: TeleSign does not retry and sends no later
 *   report, so it is a failure, not a pause.
 * - 251 "sent out for delivery, but no delivery receipt" is documented as a success without a
 *   handset confirmation, so it stays SENT and ends there.
 * - 50x codes are carrier/gateway rejections ("temporary" ones are for the sender to retry).
 * 501 (the status request was not authorised), 599 (status not available) and 1500 (an inbound
 * MO message) say nothing about delivery and map to null, like unknown codes.
 */
const TELESIGN_STATUSES: ReadonlyMap<number, TelesignStatus> = new Map([
  [290, inProgress("QUEUED")], // Message in progress
  [291, inProgress("QUEUED")], // Queued by TeleSign
  [292, inProgress("QUEUED")], // Queued at gateway
  [295, inProgress("QUEUED")], // Status delayed
  [203, inProgress("SENT")], // Delivered to gateway
  [251, { status: "SENT", isFinal: true }],
  [200, { status: "DELIVERED", isFinal: true }], // Delivered to handset
  ...[
    207, // Error delivering SMS to handset (reason unknown)
    210, // Temporary phone error (Final per the docs, see above)
    211, // Permanent phone error
    220, // Gateway/network cannot route message
    221, // Message expired before delivery
    222, // SMS not supported
    229, // Message blocked by your request
    230, // Message blocked by TeleSign
    231, // Invalid/unsupported message content
    233, // Message blocked due to high risk score
    234, // Message blocked (listed as undelivered by public integrations; not in the stored docs)
    237, // Message blocked in requested country
    238, // Destination blocked by prefix
    250, // Final status unknown
    286, // Blocked (listed as undelivered by public integrations; not in the stored docs)
    500, // Transaction not attempted
    502, // Campaign error
    503, // Carrier rejected - temporary problem
    504, // Carrier rejected - permanent error
    505, // Error on gateway - temporary error
    506, // Error on gateway - permanent error
    507, // Invalid destination address
    508, // Invalid source address
    509, // Parameters problem
    510, // Message blocked by subscriber action or request
    511, // Subscriber low on credit
    512, // Roaming error
    513, // Mobile number portability error
    514, // Subscriber absent
    515, // Suspected spam
  ].map((code) => [code, FAILED_FINAL] as const),
]);

/** TeleSign's status.code as our status and whether TeleSign will report again, or null for unknown codes. */
export function mapTelesignStatus(code: number): TelesignStatus | null {
  return TELESIGN_STATUSES.get(code) ?? null;
}

const RANK: Record<Exclude<OutboundStatus, "FAILED">, number> = { PENDING: 0, QUEUED: 1, SENT: 2, DELIVERED: 3, READ: 4 };

/**
 * Whether a status report may replace the stored one. Providers do not guarantee order ("sent" can
 * arrive after "delivered"), so a message only moves forward. A failure beats anything short of
 * delivery, but a message the handset confirmed stays delivered; and FAILED is final.
 */
export function shouldApplyStatus(current: OutboundStatus, next: OutboundStatus): boolean {
  if (current === "FAILED" || current === next) return false;
  if (next === "FAILED") return current !== "DELIVERED" && current !== "READ";
  return RANK[next] > RANK[current];
}

/**
 * Which message a status callback may change: only one sent through the account whose callback URL
 * received it. A SID stored for another account is refused (a provider SID is unique, so this is a
 * misrouted or forged callback), never applied.
 */
export function statusCallbackTarget(
  message: { accountId: string } | null,
  receivingAccountId: string,
): "apply" | "missing" | "otherAccount" {
  if (!message) return "missing";
  return message.accountId === receivingAccountId ? "apply" : "otherAccount";
}

/**
 * A status for a SID we haven't stored: the callback can only have raced the send while a send through
 * the same account is still waiting for its SID. Then it waits (up to maxWaitMs and the inbound queue's
 * attempts); otherwise, or once the wait is over, it is given up and listed in the Message log.
 */
export function unknownStatusDecision(options: {
  sendInFlight: boolean;
  waitedMs: number;
  maxWaitMs: number;
  attempts: number;
  maxAttempts: number;
}): "retryLater" | "giveUp" {
  if (!options.sendInFlight) return "giveUp";
  if (options.waitedMs >= options.maxWaitMs || options.attempts + 1 >= options.maxAttempts) return "giveUp";
  return "retryLater";
}
