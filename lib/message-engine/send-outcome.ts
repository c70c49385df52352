// What we record once a provider accepted a message: its id and the status it gave. Pure over a
// small store interface (send.ts passes Prisma), so the odd cases are unit-tested: once the provider
// has the message, nothing here may leave it "Pending" or make the agent think it wasn't sent —
// a retry would text the customer twice.
import { mapTelesignStatus, mapTwilioStatus, type OutboundStatus } from "./status";

export type AcceptedSend = { provider: "TWILIO" | "TELESIGN"; providerMessageId: string; providerStatus: string };

export type SendOutcomeStore = {
  /** Sets the provider id and status; rejects with Prisma's P2002 when another message has the id. */
  setAccepted(data: { messageId: string; providerMessageId: string; status: OutboundStatus }): Promise<void>;
  /** Sets only the status (the id stays with the message that already has it). */
  setStatus(data: { messageId: string; status: OutboundStatus }): Promise<void>;
  findByProviderId(providerMessageId: string): Promise<{ id: string } | null>;
};

export type RecordedAcceptance = { status: OutboundStatus; anomaly: null | { kind: "providerIdTaken"; otherMessageId: string | null } };

/** The provider's own word for an accepted message ("queued", "sent", TeleSign 290…) as ours; QUEUED when unclear. */
export function acceptedStatus(send: Pick<AcceptedSend, "provider" | "providerStatus">): OutboundStatus {
  const mapped =
    send.provider === "TWILIO" ? mapTwilioStatus(send.providerStatus) : (mapTelesignStatus(Number(send.providerStatus))?.status ?? null);
  // An accepted send is at least queued: a "failed" in the creation answer arrives as a callback too.
  return mapped && mapped !== "FAILED" && mapped !== "PENDING" ? mapped : "QUEUED";
}

const isUniqueViolation = (error: unknown) => typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";

export async function recordAcceptedSend(store: SendOutcomeStore, messageId: string, send: AcceptedSend): Promise<RecordedAcceptance> {
  const status = acceptedStatus(send);
  try {
    await store.setAccepted({ messageId, providerMessageId: send.providerMessageId, status });
    return { status, anomaly: null };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // The provider gave an id we already hold for another message: ours was still accepted. Record the
  // status it gave; status callbacks for that id keep going to the message that had it first.
  await store.setStatus({ messageId, status });
  const other = await store.findByProviderId(send.providerMessageId);
  return { status, anomaly: { kind: "providerIdTaken", otherMessageId: other?.id ?? null } };
}
