-- DropIndex
DROP INDEX "Conversation_lastMessageAt_idx";

-- CreateIndex
CREATE INDEX "Conversation_lastMessageAt_id_idx" ON "Conversation"("lastMessageAt", "id");

-- CreateIndex
CREATE INDEX "Conversation_status_lastMessageAt_id_idx" ON "Conversation"("status", "lastMessageAt", "id");

-- CreateIndex
CREATE INDEX "Conversation_status_assignedToId_lastMessageAt_idx" ON "Conversation"("status", "assignedToId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_queueId_status_assignedToId_createdAt_idx" ON "Conversation"("queueId", "status", "assignedToId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_workstreamId_status_lastMessageAt_idx" ON "Conversation"("workstreamId", "status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Message_status_createdAt_idx" ON "Message"("status", "createdAt");

-- CreateIndex
CREATE INDEX "NumberImport_status_startedAt_idx" ON "NumberImport"("status", "startedAt");
