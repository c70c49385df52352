-- AlterTable
ALTER TABLE "InboundEvent" ADD COLUMN "failedAt" DATETIME;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "sendStartedAt" DATETIME;

-- CreateTable
CREATE TABLE "Job" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "queue" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "orderKey" TEXT,
    "singletonKey" TEXT,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "retryLimit" INTEGER NOT NULL DEFAULT 5,
    "retryDelaySeconds" INTEGER NOT NULL DEFAULT 2,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Job_state_runAfter_idx" ON "Job"("state", "runAfter");

-- CreateIndex
CREATE INDEX "Job_orderKey_id_idx" ON "Job"("orderKey", "id");

-- CreateIndex
CREATE INDEX "Job_singletonKey_state_idx" ON "Job"("singletonKey", "state");

-- CreateIndex
CREATE INDEX "InboundEvent_failedAt_idx" ON "InboundEvent"("failedAt");

-- Outbound messages left "PENDING" before send jobs existed were being handed to the provider when the
-- process stopped: mark them started, so nothing ever sends them again blindly (decision 017).
UPDATE "Message" SET "sendStartedAt" = "createdAt" WHERE "direction" = 'OUTBOUND' AND "status" = 'PENDING';
