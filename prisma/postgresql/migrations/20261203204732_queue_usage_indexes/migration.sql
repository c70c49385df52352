-- CreateIndex
CREATE INDEX "RoutingRule_queueId_idx" ON "RoutingRule"("queueId");

-- CreateIndex
CREATE INDEX "Workstream_fallbackQueueId_idx" ON "Workstream"("fallbackQueueId");
