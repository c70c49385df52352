-- DropIndex
DROP INDEX "Conversation_assignedToId_status_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Conversation_queueId_status_assignedToId_lastMessageAt_idx";

-- AlterTable
ALTER TABLE "MessagingAccount" ADD COLUMN     "hasContentTemplates" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "Conversation_assignedToId_status_lastMessageAt_id_idx" ON "Conversation"("assignedToId", "status", "lastMessageAt", "id");

-- CreateIndex
CREATE INDEX "Conversation_queueId_status_assignedToId_lastMessageAt_id_idx" ON "Conversation"("queueId", "status", "assignedToId", "lastMessageAt", "id");

-- CreateIndex
CREATE INDEX "MessagingAccount_channel_provider_status_hasContentTemplate_idx" ON "MessagingAccount"("channel", "provider", "status", "hasContentTemplates", "templatesSyncedAt");

-- Backfill (hand-written): accounts that already have a template with a Content SID.
UPDATE "MessagingAccount" SET "hasContentTemplates" = true
WHERE EXISTS (SELECT 1 FROM "WhatsAppTemplate" WHERE "WhatsAppTemplate"."accountId" = "MessagingAccount"."id" AND "WhatsAppTemplate"."contentSid" IS NOT NULL);
