-- DropIndex
DROP INDEX "Conversation_queueId_status_assignedToId_createdAt_idx";

-- CreateIndex
CREATE INDEX "Conversation_queueId_status_assignedToId_createdAt_id_idx" ON "Conversation"("queueId", "status", "assignedToId", "createdAt", "id");
