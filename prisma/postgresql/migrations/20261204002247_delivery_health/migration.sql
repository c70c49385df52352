-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "providerStatus" TEXT;

-- CreateIndex
CREATE INDEX "Conversation_numberId_lastMessageAt_idx" ON "Conversation"("numberId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_accountId_lastMessageAt_idx" ON "Conversation"("accountId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Message_createdAt_idx" ON "Message"("createdAt");
