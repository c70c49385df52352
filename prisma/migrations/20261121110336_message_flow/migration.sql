-- CreateTable
CREATE TABLE "InboundEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME,
    "lastError" TEXT,
    CONSTRAINT "InboundEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WebhookFailure" (
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
    CONSTRAINT "WebhookFailure_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "numberId" TEXT,
    "channelInstanceId" TEXT,
    "workstreamId" TEXT,
    "queueId" TEXT,
    "assignedToId" TEXT,
    "channel" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "customerAddress" TEXT NOT NULL,
    "ourAddress" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "locale" TEXT,
    "routedByRuleId" TEXT,
    "lastInboundAt" DATETIME,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMessagePreview" TEXT,
    "closedAt" DATETIME,
    "closedReason" TEXT,
    "closedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Conversation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_channelInstanceId_fkey" FOREIGN KEY ("channelInstanceId") REFERENCES "ChannelInstance" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "direction" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT,
    "authorId" TEXT,
    "provider" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "status" TEXT NOT NULL,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "trigger" TEXT,
    "templateId" TEXT,
    "contentSid" TEXT,
    "contentVariables" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusUpdatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "messageId" TEXT NOT NULL,
    "providerUrl" TEXT,
    "contentType" TEXT NOT NULL,
    "fileName" TEXT,
    "size" INTEGER,
    "data" BLOB,
    "publicToken" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConversationRead" (
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" DATETIME NOT NULL,

    PRIMARY KEY ("conversationId", "userId"),
    CONSTRAINT "ConversationRead_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ConversationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "numberId" TEXT NOT NULL,
    "customerAddress" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "keyword" TEXT,
    "updatedAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsentRecord_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_AgentProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "capacity" INTEGER NOT NULL DEFAULT 10,
    "presence" TEXT NOT NULL DEFAULT 'AVAILABLE',
    "skills" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgentProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_AgentProfile" ("capacity", "skills", "updatedAt", "userId") SELECT "capacity", "skills", "updatedAt", "userId" FROM "AgentProfile";
DROP TABLE "AgentProfile";
ALTER TABLE "new_AgentProfile" RENAME TO "AgentProfile";
CREATE TABLE "new_HeldMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT,
    "provider" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "fromAddress" TEXT,
    "toAddress" TEXT,
    "body" TEXT,
    "payload" TEXT NOT NULL,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replayedAt" DATETIME,
    "conversationId" TEXT,
    "replayCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "HeldMessage_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_HeldMessage" ("accountId", "body", "fromAddress", "id", "payload", "provider", "providerMessageId", "reason", "receivedAt", "toAddress") SELECT "accountId", "body", "fromAddress", "id", "payload", "provider", "providerMessageId", "reason", "receivedAt", "toAddress" FROM "HeldMessage";
DROP TABLE "HeldMessage";
ALTER TABLE "new_HeldMessage" RENAME TO "HeldMessage";
CREATE UNIQUE INDEX "HeldMessage_providerMessageId_key" ON "HeldMessage"("providerMessageId");
CREATE INDEX "HeldMessage_accountId_receivedAt_idx" ON "HeldMessage"("accountId", "receivedAt");
CREATE INDEX "HeldMessage_receivedAt_idx" ON "HeldMessage"("receivedAt");
CREATE INDEX "HeldMessage_replayedAt_receivedAt_idx" ON "HeldMessage"("replayedAt", "receivedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "InboundEvent_processedAt_receivedAt_idx" ON "InboundEvent"("processedAt", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundEvent_provider_dedupeKey_key" ON "InboundEvent"("provider", "dedupeKey");

-- CreateIndex
CREATE INDEX "WebhookFailure_createdAt_idx" ON "WebhookFailure"("createdAt");

-- CreateIndex
CREATE INDEX "WebhookFailure_accountId_createdAt_idx" ON "WebhookFailure"("accountId", "createdAt");

-- CreateIndex
CREATE INDEX "WebhookFailure_outcome_createdAt_idx" ON "WebhookFailure"("outcome", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_status_queueId_lastMessageAt_idx" ON "Conversation"("status", "queueId", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_assignedToId_status_lastMessageAt_idx" ON "Conversation"("assignedToId", "status", "lastMessageAt");

-- CreateIndex
CREATE INDEX "Conversation_numberId_customerAddress_status_idx" ON "Conversation"("numberId", "customerAddress", "status");

-- CreateIndex
CREATE INDEX "Conversation_lastMessageAt_idx" ON "Conversation"("lastMessageAt");

-- CreateIndex
CREATE INDEX "Message_conversationId_createdAt_idx" ON "Message"("conversationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Message_provider_providerMessageId_key" ON "Message"("provider", "providerMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "Attachment_publicToken_key" ON "Attachment"("publicToken");

-- CreateIndex
CREATE INDEX "Attachment_messageId_idx" ON "Attachment"("messageId");

-- CreateIndex
CREATE INDEX "ConversationRead_userId_idx" ON "ConversationRead"("userId");

-- CreateIndex
CREATE INDEX "ConsentRecord_updatedAt_idx" ON "ConsentRecord"("updatedAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_status_updatedAt_idx" ON "ConsentRecord"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConsentRecord_numberId_customerAddress_key" ON "ConsentRecord"("numberId", "customerAddress");
