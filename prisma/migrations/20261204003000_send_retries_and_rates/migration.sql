-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "outboundMessageId" TEXT;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN "sendRatePerSecond" REAL;

-- CreateTable
CREATE TABLE "SendRateSlot" (
    "numberId" TEXT NOT NULL PRIMARY KEY,
    "nextAtMs" REAL NOT NULL
);

-- AlterTable (added columns, instead of Prisma's table redefinition: same result, no copy of every message)
ALTER TABLE "Message" ADD COLUMN "sendAttempts" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Message" ADD COLUMN "sendAfter" DATETIME;
ALTER TABLE "Message" ADD COLUMN "rateSlotAt" DATETIME;
ALTER TABLE "Message" ADD COLUMN "awaitingStatusSince" DATETIME;
