-- DropIndex
DROP INDEX "WebhookFailure_lastSeenAt_idx";

-- CreateIndex
CREATE INDEX "WebhookFailure_lastSeenAt_id_idx" ON "WebhookFailure"("lastSeenAt", "id");
