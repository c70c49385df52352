-- DropIndex
DROP INDEX "Conversation_queueId_status_assignedToId_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Conversation_assignedToId_status_lastMessageAt_idx";

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_MessagingAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "notes" TEXT,
    "channel" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "isSandbox" BOOLEAN NOT NULL DEFAULT false,
    "sandboxJoinCode" TEXT,
    "twilioAccountSid" TEXT,
    "twilioAuthToken" TEXT,
    "telesignCustomerId" TEXT,
    "telesignApiKey" TEXT,
    "callbackKey" TEXT NOT NULL,
    "signatureMode" TEXT NOT NULL DEFAULT 'ENFORCE',
    "validationStatus" TEXT NOT NULL DEFAULT 'NOT_VALIDATED',
    "validationReason" TEXT,
    "validatedAt" DATETIME,
    "providerName" TEXT,
    "providerType" TEXT,
    "providerStatus" TEXT,
    "setupCompletedAt" DATETIME,
    "callbackShownAt" DATETIME,
    "templatesSyncedAt" DATETIME,
    "templatesSyncError" TEXT,
    "hasContentTemplates" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_MessagingAccount" ("callbackKey", "callbackShownAt", "channel", "createdAt", "id", "isSandbox", "name", "notes", "provider", "providerName", "providerStatus", "providerType", "sandboxJoinCode", "setupCompletedAt", "signatureMode", "status", "telesignApiKey", "telesignCustomerId", "templatesSyncError", "templatesSyncedAt", "twilioAccountSid", "twilioAuthToken", "updatedAt", "validatedAt", "validationReason", "validationStatus") SELECT "callbackKey", "callbackShownAt", "channel", "createdAt", "id", "isSandbox", "name", "notes", "provider", "providerName", "providerStatus", "providerType", "sandboxJoinCode", "setupCompletedAt", "signatureMode", "status", "telesignApiKey", "telesignCustomerId", "templatesSyncError", "templatesSyncedAt", "twilioAccountSid", "twilioAuthToken", "updatedAt", "validatedAt", "validationReason", "validationStatus" FROM "MessagingAccount";
DROP TABLE "MessagingAccount";
ALTER TABLE "new_MessagingAccount" RENAME TO "MessagingAccount";
CREATE UNIQUE INDEX "MessagingAccount_callbackKey_key" ON "MessagingAccount"("callbackKey");
CREATE INDEX "MessagingAccount_name_idx" ON "MessagingAccount"("name");
CREATE INDEX "MessagingAccount_channel_provider_idx" ON "MessagingAccount"("channel", "provider");
CREATE INDEX "MessagingAccount_status_idx" ON "MessagingAccount"("status");
CREATE INDEX "MessagingAccount_channel_provider_status_hasContentTemplates_templatesSyncedAt_idx" ON "MessagingAccount"("channel", "provider", "status", "hasContentTemplates", "templatesSyncedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Conversation_assignedToId_status_lastMessageAt_id_idx" ON "Conversation"("assignedToId", "status", "lastMessageAt", "id");

-- CreateIndex
CREATE INDEX "Conversation_queueId_status_assignedToId_lastMessageAt_id_idx" ON "Conversation"("queueId", "status", "assignedToId", "lastMessageAt", "id");

-- Backfill (hand-written): accounts that already have a template with a Content SID.
UPDATE "MessagingAccount" SET "hasContentTemplates" = true
WHERE EXISTS (SELECT 1 FROM "WhatsAppTemplate" WHERE "WhatsAppTemplate"."accountId" = "MessagingAccount"."id" AND "WhatsAppTemplate"."contentSid" IS NOT NULL);
