-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "botDeadlineAt" TIMESTAMP(3),
ADD COLUMN     "botErrorCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "botState" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "senderName" TEXT;

-- AlterTable
ALTER TABLE "Workstream" ADD COLUMN     "botHandoffMinutes" INTEGER NOT NULL DEFAULT 5,
ADD COLUMN     "botMaxErrors" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "botSecret" TEXT;

-- CreateTable
CREATE TABLE "ConversationEvent" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ConversationEvent_conversationId_createdAt_idx" ON "ConversationEvent"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_botState_botDeadlineAt_idx" ON "Conversation"("botState", "botDeadlineAt");

-- AddForeignKey
ALTER TABLE "ConversationEvent" ADD CONSTRAINT "ConversationEvent_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
