-- AlterTable
ALTER TABLE "Message" ADD COLUMN "providerStatus" TEXT;

-- CreateIndex
CREATE INDEX "Conversation_numberId_createdAt_idx" ON "Conversation"("numberId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_accountId_createdAt_idx" ON "Conversation"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_direction_createdAt_idx" ON "Message"("direction", "createdAt");
