-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN     "outboundMessageId" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "awaitingStatusSince" TIMESTAMP(3),
ADD COLUMN     "rateSlotAt" TIMESTAMP(3),
ADD COLUMN     "sendAfter" TIMESTAMP(3),
ADD COLUMN     "sendAttempts" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN     "sendRatePerSecond" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "SendRateSlot" (
    "numberId" TEXT NOT NULL,
    "nextAtMs" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "SendRateSlot_pkey" PRIMARY KEY ("numberId")
);
