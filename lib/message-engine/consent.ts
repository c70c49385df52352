// The consent ledger (SPEC §6): opt-out / opt-in per (our number, customer), from keywords, TeleSign's
// user_response.action and Twilio's 21610 "unsubscribed recipient". Outbound checks it before any
// provider call.
import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { bareAddress } from "./inbound-parse";

export type ConsentSource = "keyword" | "shortCodeKeyword" | "telesignUserResponse" | "twilio21610";

export async function recordConsent(options: {
  numberId: string;
  customerAddress: string;
  status: "OPTED_OUT" | "OPTED_IN";
  source: ConsentSource;
  keyword: string | null;
}) {
  const customerAddress = bareAddress(options.customerAddress);
  await db.consentRecord.upsert({
    where: { numberId_customerAddress: { numberId: options.numberId, customerAddress } },
    create: { numberId: options.numberId, customerAddress, status: options.status, source: options.source, keyword: options.keyword },
    update: { status: options.status, source: options.source, keyword: options.keyword },
    select: { id: true },
  });
}

/** The opt-out that blocks sending to this customer from this number, or null. */
export async function findOptOut(numberId: string | null, customerAddress: string) {
  if (!numberId) return null;
  const record = await db.consentRecord.findUnique({
    where: { numberId_customerAddress: { numberId, customerAddress: bareAddress(customerAddress) } },
    select: { status: true, source: true, keyword: true, updatedAt: true },
  });
  return record?.status === "OPTED_OUT" ? record : null;
}

/**
 * The customer opted out: a refusal of its own type, so code that expects it (automated messages skip
 * it) tests the type; the catalog key is only for showing it to a user, naming when and how.
 */
export class OptedOutError extends ActionError {
  constructor(optOut: { updatedAt: Date; keyword: string | null }) {
    super("conflict", "errors.conversation.optedOut", { values: { since: optOut.updatedAt.getTime(), keyword: optOut.keyword ?? "STOP" } });
    this.name = "OptedOutError";
  }
}

/** Refuses before any provider call. */
export async function assertNotOptedOut(numberId: string | null, customerAddress: string) {
  const optOut = await findOptOut(numberId, customerAddress);
  if (optOut) throw new OptedOutError(optOut);
}
