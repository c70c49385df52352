-- The bot protocol (decision 028). Hand-written as plain ADD COLUMNs: the generated SQLite migration
-- rebuilt Conversation for its NOT NULL column, which would have dropped the hand-written partial
-- index "Conversation_one_open_per_customer" (SQLite accepts NOT NULL columns with a default here).

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "senderName" TEXT;

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "botState" TEXT;
ALTER TABLE "Conversation" ADD COLUMN "botDeadlineAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "botErrorCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Workstream" ADD COLUMN "botSecret" TEXT;
ALTER TABLE "Workstream" ADD COLUMN "botHandoffMinutes" INTEGER NOT NULL DEFAULT 5;
ALTER TABLE "Workstream" ADD COLUMN "botMaxErrors" INTEGER NOT NULL DEFAULT 3;

-- CreateTable
CREATE TABLE "ConversationEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConversationEvent_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ConversationEvent_conversationId_createdAt_idx" ON "ConversationEvent"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_botState_botDeadlineAt_idx" ON "Conversation"("botState", "botDeadlineAt");
