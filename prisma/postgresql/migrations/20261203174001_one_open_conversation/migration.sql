-- PostgreSQL twin of SQLite's 20261203174000_job_engine and 20261203174001_one_open_conversation.
-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN     "failedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "sendStartedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Job" (
    "id" SERIAL NOT NULL,
    "queue" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "orderKey" TEXT,
    "singletonKey" TEXT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retryLimit" INTEGER NOT NULL DEFAULT 5,
    "retryDelaySeconds" INTEGER NOT NULL DEFAULT 2,
    "runAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Job_state_runAfter_idx" ON "Job"("state", "runAfter");

-- CreateIndex
CREATE INDEX "Job_orderKey_id_idx" ON "Job"("orderKey", "id");

-- CreateIndex
CREATE INDEX "Job_singletonKey_state_idx" ON "Job"("singletonKey", "state");

-- CreateIndex
CREATE INDEX "InboundEvent_failedAt_idx" ON "InboundEvent"("failedAt");

-- Hand-written (from 20261203174000_job_engine): outbound messages left "PENDING" before send jobs
-- existed were being handed to the provider when the process stopped: mark them started, so nothing
-- ever sends them again blindly (decision 017).
UPDATE "Message" SET "sendStartedAt" = "createdAt" WHERE "direction" = 'OUTBOUND' AND "status" = 'PENDING';

-- Hand-written, from 20261203174001_one_open_conversation (Prisma's schema language has no partial indexes): at most one open conversation per
-- (our number, customer). Valid on SQLite and PostgreSQL alike. Route-inbound's find-or-create
-- catches the unique violation and reads the winner (decision 017).
-- Conversations opened twice before this migration keep only the newest open; the older ones are resolved.
UPDATE "Conversation" SET "status" = 'RESOLVED', "closedReason" = 'duplicate'
WHERE "status" <> 'RESOLVED' AND "numberId" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Conversation" AS "newer"
  WHERE "newer"."numberId" = "Conversation"."numberId"
    AND "newer"."customerAddress" = "Conversation"."customerAddress"
    AND "newer"."status" <> 'RESOLVED'
    AND ("newer"."createdAt" > "Conversation"."createdAt" OR ("newer"."createdAt" = "Conversation"."createdAt" AND "newer"."id" > "Conversation"."id"))
);

CREATE UNIQUE INDEX "Conversation_one_open_per_customer" ON "Conversation"("numberId", "customerAddress") WHERE "status" <> 'RESOLVED';
