-- DropIndex
DROP INDEX "Conversation_status_lastMessageAt_id_idx";

-- CreateIndex
CREATE INDEX "Conversation_status_lastMessageAt_id_assignedToId_queueId_idx" ON "Conversation"("status", "lastMessageAt", "id", "assignedToId", "queueId");
