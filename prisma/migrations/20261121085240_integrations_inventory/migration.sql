-- AlterTable
ALTER TABLE "MessagingAccount" ADD COLUMN "notes" TEXT;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN "compliance" TEXT;
ALTER TABLE "PhoneNumber" ADD COLUMN "lastInboundAt" DATETIME;
ALTER TABLE "PhoneNumber" ADD COLUMN "previousSmsMethod" TEXT;
ALTER TABLE "PhoneNumber" ADD COLUMN "previousSmsUrl" TEXT;
ALTER TABLE "PhoneNumber" ADD COLUMN "twilioNumberSid" TEXT;
ALTER TABLE "PhoneNumber" ADD COLUMN "webhookCheckedAt" DATETIME;
ALTER TABLE "PhoneNumber" ADD COLUMN "webhookStatus" TEXT;
ALTER TABLE "PhoneNumber" ADD COLUMN "webhookUrl" TEXT;

-- CreateTable
CREATE TABLE "NumberImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "e164" TEXT,
    "country" TEXT,
    "type" TEXT NOT NULL,
    "compliance" TEXT,
    "status" TEXT NOT NULL DEFAULT 'RUNNING',
    "failureReason" TEXT,
    "failureDetail" TEXT,
    "previousSmsUrl" TEXT,
    "previousSmsMethod" TEXT,
    "twilioNumberSid" TEXT,
    "numberId" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    CONSTRAINT "NumberImport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HeldMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT,
    "provider" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "fromAddress" TEXT,
    "toAddress" TEXT,
    "body" TEXT,
    "payload" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HeldMessage_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "NumberImport_address_status_idx" ON "NumberImport"("address", "status");

-- CreateIndex
CREATE INDEX "NumberImport_createdAt_idx" ON "NumberImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HeldMessage_providerMessageId_key" ON "HeldMessage"("providerMessageId");

-- CreateIndex
CREATE INDEX "HeldMessage_accountId_receivedAt_idx" ON "HeldMessage"("accountId", "receivedAt");

-- CreateIndex
CREATE INDEX "HeldMessage_receivedAt_idx" ON "HeldMessage"("receivedAt");

-- CreateIndex
CREATE INDEX "PhoneNumber_type_idx" ON "PhoneNumber"("type");
