-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_WebhookFailure" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT,
    "provider" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "remoteAddress" TEXT,
    "userAgent" TEXT,
    "bodyExcerpt" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "groupKey" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "lastSeenAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WebhookFailure_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
-- Rows recorded before aggregation stay one each (their id is their group) and were last seen when made.
INSERT INTO "new_WebhookFailure" ("accountId", "bodyExcerpt", "createdAt", "id", "outcome", "path", "provider", "reason", "remoteAddress", "userAgent", "groupKey", "count", "lastSeenAt") SELECT "accountId", "bodyExcerpt", "createdAt", "id", "outcome", "path", "provider", "reason", "remoteAddress", "userAgent", "id", 1, "createdAt" FROM "WebhookFailure";
DROP TABLE "WebhookFailure";
ALTER TABLE "new_WebhookFailure" RENAME TO "WebhookFailure";
CREATE UNIQUE INDEX "WebhookFailure_groupKey_key" ON "WebhookFailure"("groupKey");
CREATE INDEX "WebhookFailure_lastSeenAt_idx" ON "WebhookFailure"("lastSeenAt");
CREATE INDEX "WebhookFailure_accountId_lastSeenAt_idx" ON "WebhookFailure"("accountId", "lastSeenAt");
CREATE INDEX "WebhookFailure_outcome_lastSeenAt_idx" ON "WebhookFailure"("outcome", "lastSeenAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
