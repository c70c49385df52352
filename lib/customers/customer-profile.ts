// The person behind a customer address (prisma Customer): one record per bare number, shared by the
// customer's SMS and WhatsApp conversations on any of our numbers. WhatsApp tells us the name the
// customer chose (Twilio's ProfileName); it is kept until an agent edits the name, which then wins.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bareAddress } from "@/lib/message-engine/inbound-parse";
import { MAX_CUSTOMER_NAME_LENGTH } from "./customers.schema";

/** "whatsapp:+15551234567", "+15551234567" and TeleSign's "15551234567" are one customer. */
export function customerKey(address: string): string {
  return bareAddress(address);
}

/** A profile name as shown: control characters and runs of spaces removed, at most the name's length. */
export function cleanProfileName(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const cleaned = raw
    .replace(/\p{Cc}/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  return cleaned === "" ? null : [...cleaned].slice(0, MAX_CUSTOMER_NAME_LENGTH).join("");
}

/** Keeps the customer's WhatsApp profile name, unless an agent named them. Writes only when it changed. */
export async function recordProfileName(options: { address: string; profileName: string | null | undefined }): Promise<void> {
  const name = cleanProfileName(options.profileName);
  if (!name) return;
  const address = customerKey(options.address);
  const current = await db.customer.findUnique({ where: { address }, select: { name: true, nameSource: true } });
  if (current && (current.nameSource === "agent" || current.name === name)) return;
  if (current) {
    // Conditional, so an agent's edit made meanwhile is never overwritten.
    await db.customer.updateMany({
      where: { address, OR: [{ nameSource: null }, { nameSource: { not: "agent" } }] },
      data: { name, nameSource: "whatsapp" },
    });
    return;
  }
  try {
    await db.customer.create({ data: { address, name, nameSource: "whatsapp" }, select: { id: true } });
  } catch (error) {
    // Two first messages at once: the other one created it with the same name.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
