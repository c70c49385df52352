-- CreateIndex
CREATE INDEX "Conversation_queueId_status_assignedToId_lastMessageAt_idx" ON "Conversation"("queueId", "status", "assignedToId", "lastMessageAt");
