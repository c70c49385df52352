import "server-only";
import { db } from "@/lib/db";

export function listAccountNumbers(accountId: string) {
  return db.phoneNumber.findMany({
    where: { accountId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      address: true,
      e164: true,
      country: true,
      type: true,
      displayName: true,
      description: true,
      messagingServiceSid: true,
      sendRatePerSecond: true,
    },
  });
}

export type AccountNumber = Awaited<ReturnType<typeof listAccountNumbers>>[number];
