-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMINISTRATOR', 'CHANNEL_MANAGER', 'WORKSTREAM_MANAGER', 'VIEWER', 'AGENT');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('SMS', 'WHATSAPP');

-- CreateEnum
CREATE TYPE "Provider" AS ENUM ('TWILIO', 'TELESIGN');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('DRAFT', 'ACTIVE', 'INACTIVE');

-- CreateEnum
CREATE TYPE "ValidationStatus" AS ENUM ('NOT_VALIDATED', 'VALID', 'FAILED');

-- CreateEnum
CREATE TYPE "SignatureMode" AS ENUM ('ENFORCE', 'MONITOR');

-- CreateEnum
CREATE TYPE "NumberType" AS ENUM ('LONG_CODE', 'GEO', 'MOBILE', 'SHORT_CODE', 'TOLL_FREE');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'COMPLETED', 'FAILED');

-- CreateEnum
CREATE TYPE "DistributionMode" AS ENUM ('PUSH', 'PICK');

-- CreateEnum
CREATE TYPE "WrapUpBlock" AS ENUM ('ALWAYS', 'CUSTOM', 'NEVER');

-- CreateEnum
CREATE TYPE "SkillMatching" AS ENUM ('EXACT', 'CLOSEST', 'NONE');

-- CreateEnum
CREATE TYPE "ConversationStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "MessageDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('RECEIVED', 'PENDING', 'QUEUED', 'SENT', 'DELIVERED', 'READ', 'FAILED');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "lastSignInAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInAttempt" (
    "id" TEXT NOT NULL,
    "emailKey" TEXT NOT NULL,
    "clientKey" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SignInAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorEmail" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "entityLabel" TEXT,
    "details" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MessagingAccount" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "notes" TEXT,
    "channel" "Channel" NOT NULL,
    "provider" "Provider" NOT NULL,
    "status" "AccountStatus" NOT NULL DEFAULT 'DRAFT',
    "isSandbox" BOOLEAN NOT NULL DEFAULT false,
    "sandboxJoinCode" TEXT,
    "twilioAccountSid" TEXT,
    "twilioAuthToken" TEXT,
    "telesignCustomerId" TEXT,
    "telesignApiKey" TEXT,
    "callbackKey" TEXT NOT NULL,
    "signatureMode" "SignatureMode" NOT NULL DEFAULT 'ENFORCE',
    "validationStatus" "ValidationStatus" NOT NULL DEFAULT 'NOT_VALIDATED',
    "validationReason" TEXT,
    "validatedAt" TIMESTAMP(3),
    "providerName" TEXT,
    "providerType" TEXT,
    "providerStatus" TEXT,
    "setupCompletedAt" TIMESTAMP(3),
    "callbackShownAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MessagingAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PhoneNumber" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "e164" TEXT,
    "country" TEXT,
    "type" "NumberType",
    "displayName" TEXT,
    "description" TEXT,
    "compliance" TEXT,
    "twilioNumberSid" TEXT,
    "previousSmsUrl" TEXT,
    "previousSmsMethod" TEXT,
    "webhookStatus" TEXT,
    "webhookUrl" TEXT,
    "webhookCheckedAt" TIMESTAMP(3),
    "lastInboundAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PhoneNumber_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NumberImport" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "e164" TEXT,
    "country" TEXT,
    "type" "NumberType" NOT NULL,
    "compliance" TEXT,
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "failureReason" TEXT,
    "failureDetail" TEXT,
    "previousSmsUrl" TEXT,
    "previousSmsMethod" TEXT,
    "twilioNumberSid" TEXT,
    "numberId" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "NumberImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HeldMessage" (
    "id" TEXT NOT NULL,
    "accountId" TEXT,
    "provider" "Provider" NOT NULL,
    "reason" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "fromAddress" TEXT,
    "toAddress" TEXT,
    "body" TEXT,
    "payload" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replayedAt" TIMESTAMP(3),
    "conversationId" TEXT,
    "replayCount" INTEGER NOT NULL DEFAULT 0,
    "pendingVerification" TEXT,

    CONSTRAINT "HeldMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WhatsAppTemplate" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "examples" TEXT NOT NULL,
    "contentSid" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhatsAppTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OperatingHours" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "weekly" TEXT NOT NULL,
    "exceptions" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OperatingHours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Queue" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "operatingHoursId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Queue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QueueMember" (
    "queueId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    CONSTRAINT "QueueMember_pkey" PRIMARY KEY ("queueId","userId")
);

-- CreateTable
CREATE TABLE "AgentProfile" (
    "userId" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL DEFAULT 10,
    "presence" TEXT NOT NULL DEFAULT 'AVAILABLE',
    "skills" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgentProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Workstream" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "Channel" NOT NULL,
    "distributionMode" "DistributionMode" NOT NULL,
    "fallbackQueueId" TEXT NOT NULL,
    "capacityUnits" INTEGER DEFAULT 1,
    "capacityProfile" TEXT,
    "autoCloseMinutes" INTEGER,
    "wrapUpBlock" "WrapUpBlock" NOT NULL DEFAULT 'NEVER',
    "wrapUpMinutes" INTEGER,
    "allowedPresences" TEXT NOT NULL DEFAULT '["AVAILABLE","BUSY"]',
    "skillMatching" "SkillMatching" NOT NULL DEFAULT 'NONE',
    "keepSameAgent" BOOLEAN NOT NULL DEFAULT false,
    "botName" TEXT,
    "botEndpoint" TEXT,
    "quickReplies" TEXT NOT NULL DEFAULT '[]',
    "notificationTemplates" TEXT NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Workstream_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelInstance" (
    "id" TEXT NOT NULL,
    "workstreamId" TEXT NOT NULL,
    "numberId" TEXT NOT NULL,
    "defaultLocale" TEXT NOT NULL DEFAULT 'en-US',
    "useOperatingHours" BOOLEAN NOT NULL DEFAULT false,
    "operatingHoursId" TEXT,
    "surveyEnabled" BOOLEAN NOT NULL DEFAULT false,
    "surveyMessage" TEXT,
    "surveyLink" TEXT,
    "attachmentsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "customersCanSend" BOOLEAN NOT NULL DEFAULT false,
    "agentsCanSend" BOOLEAN NOT NULL DEFAULT false,
    "maxAttachmentMb" INTEGER NOT NULL DEFAULT 5,
    "allowedFileTypes" TEXT NOT NULL DEFAULT '[]',
    "setupCompletedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelInstance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL,
    "workstreamId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "match" TEXT NOT NULL DEFAULT 'all',
    "conditions" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AutomatedMessage" (
    "id" TEXT NOT NULL,
    "workstreamId" TEXT NOT NULL,
    "channelInstanceId" TEXT,
    "trigger" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AutomatedMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InboundEvent" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "provider" "Provider" NOT NULL,
    "kind" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,

    CONSTRAINT "InboundEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookFailure" (
    "id" TEXT NOT NULL,
    "accountId" TEXT,
    "provider" "Provider" NOT NULL,
    "outcome" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "remoteAddress" TEXT,
    "userAgent" TEXT,
    "bodyExcerpt" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "groupKey" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WebhookFailure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "numberId" TEXT,
    "channelInstanceId" TEXT,
    "workstreamId" TEXT,
    "queueId" TEXT,
    "assignedToId" TEXT,
    "channel" "Channel" NOT NULL,
    "provider" "Provider" NOT NULL,
    "customerAddress" TEXT NOT NULL,
    "ourAddress" TEXT NOT NULL,
    "status" "ConversationStatus" NOT NULL DEFAULT 'OPEN',
    "locale" TEXT,
    "routedByRuleId" TEXT,
    "lastInboundAt" TIMESTAMP(3),
    "lastMessageAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastMessagePreview" TEXT,
    "closedAt" TIMESTAMP(3),
    "closedReason" TEXT,
    "closedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "kind" TEXT NOT NULL,
    "body" TEXT,
    "authorId" TEXT,
    "provider" "Provider" NOT NULL,
    "providerMessageId" TEXT,
    "status" "MessageStatus" NOT NULL,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "trigger" TEXT,
    "templateId" TEXT,
    "contentSid" TEXT,
    "contentVariables" TEXT,
    "content" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "statusUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Attachment" (
    "id" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "providerUrl" TEXT,
    "contentType" TEXT NOT NULL,
    "fileName" TEXT,
    "size" INTEGER,
    "data" BYTEA,
    "publicToken" TEXT,
    "blockedReason" TEXT,
    "unavailableReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationRead" (
    "conversationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRead_pkey" PRIMARY KEY ("conversationId","userId")
);

-- CreateTable
CREATE TABLE "ConsentRecord" (
    "id" TEXT NOT NULL,
    "numberId" TEXT NOT NULL,
    "customerAddress" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "keyword" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_role_idx" ON "User"("role");

-- CreateIndex
CREATE INDEX "User_name_idx" ON "User"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_emailKey_createdAt_idx" ON "SignInAttempt"("emailKey", "createdAt");

-- CreateIndex
CREATE INDEX "SignInAttempt_clientKey_createdAt_idx" ON "SignInAttempt"("clientKey", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_createdAt_idx" ON "AuditEvent"("entityType", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "MessagingAccount_callbackKey_key" ON "MessagingAccount"("callbackKey");

-- CreateIndex
CREATE INDEX "MessagingAccount_name_idx" ON "MessagingAccount"("name");

-- CreateIndex
CREATE INDEX "MessagingAccount_channel_provider_idx" ON "MessagingAccount"("channel", "provider");

-- CreateIndex
CREATE INDEX "MessagingAccount_status_idx" ON "MessagingAccount"("status");

-- CreateIndex
CREATE UNIQUE INDEX "PhoneNumber_address_key" ON "PhoneNumber"("address");

-- CreateIndex
CREATE INDEX "PhoneNumber_accountId_idx" ON "PhoneNumber"("accountId");

-- CreateIndex
CREATE INDEX "PhoneNumber_type_idx" ON "PhoneNumber"("type");

-- CreateIndex
CREATE INDEX "NumberImport_address_status_idx" ON "NumberImport"("address", "status");

-- CreateIndex
CREATE INDEX "NumberImport_createdAt_idx" ON "NumberImport"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "HeldMessage_providerMessageId_key" ON "HeldMessage"("providerMessageId");

-- CreateIndex
CREATE INDEX "HeldMessage_accountId_receivedAt_idx" ON "HeldMessage"("accountId", "receivedAt");

-- CreateIndex
CREATE INDEX "HeldMessage_receivedAt_idx" ON "HeldMessage"("receivedAt");

-- CreateIndex
CREATE INDEX "HeldMessage_replayedAt_receivedAt_idx" ON "HeldMessage"("replayedAt", "receivedAt");

-- CreateIndex
CREATE INDEX "WhatsAppTemplate_accountId_idx" ON "WhatsAppTemplate"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "WhatsAppTemplate_accountId_name_language_key" ON "WhatsAppTemplate"("accountId", "name", "language");

-- CreateIndex
CREATE UNIQUE INDEX "OperatingHours_name_key" ON "OperatingHours"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Queue_name_key" ON "Queue"("name");

-- CreateIndex
CREATE INDEX "Queue_name_idx" ON "Queue"("name");

-- CreateIndex
CREATE INDEX "QueueMember_userId_idx" ON "QueueMember"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Workstream_name_key" ON "Workstream"("name");

-- CreateIndex
CREATE INDEX "Workstream_channel_idx" ON "Workstream"("channel");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelInstance_numberId_key" ON "ChannelInstance"("numberId");

-- CreateIndex
CREATE INDEX "ChannelInstance_workstreamId_idx" ON "ChannelInstance"("workstreamId");

-- CreateIndex
CREATE INDEX "RoutingRule_workstreamId_position_idx" ON "RoutingRule"("workstreamId", "position");

-- CreateIndex
CREATE INDEX "AutomatedMessage_workstreamId_trigger_idx" ON "AutomatedMessage"("workstreamId", "trigger");

-- CreateIndex
CREATE INDEX "AutomatedMessage_channelInstanceId_idx" ON "AutomatedMessage"("channelInstanceId");

-- CreateIndex
CREATE INDEX "InboundEvent_processedAt_receivedAt_idx" ON "InboundEvent"("processedAt", "receivedAt");

-- CreateIndex
CREATE UNIQUE INDEX "InboundEvent_provider_dedupeKey_key" ON "InboundEvent"("provider", "dedupeKey");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookFailure_groupKey_key" ON "WebhookFailure"("groupKey");

-- CreateIndex
CREATE INDEX "WebhookFailure_lastSeenAt_idx" ON "WebhookFailure"("lastSeenAt");

-- CreateIndex
CREATE INDEX "WebhookFailure_accountId_lastSeenAt_idx" ON "WebhookFailure"("accountId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "WebhookFailure_outcome_lastSeenAt_idx" ON "WebhookFailure"("outcome", "lastSeenAt");

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

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PhoneNumber" ADD CONSTRAINT "PhoneNumber_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NumberImport" ADD CONSTRAINT "NumberImport_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HeldMessage" ADD CONSTRAINT "HeldMessage_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WhatsAppTemplate" ADD CONSTRAINT "WhatsAppTemplate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Queue" ADD CONSTRAINT "Queue_operatingHoursId_fkey" FOREIGN KEY ("operatingHoursId") REFERENCES "OperatingHours"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueMember" ADD CONSTRAINT "QueueMember_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QueueMember" ADD CONSTRAINT "QueueMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentProfile" ADD CONSTRAINT "AgentProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Workstream" ADD CONSTRAINT "Workstream_fallbackQueueId_fkey" FOREIGN KEY ("fallbackQueueId") REFERENCES "Queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelInstance" ADD CONSTRAINT "ChannelInstance_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelInstance" ADD CONSTRAINT "ChannelInstance_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChannelInstance" ADD CONSTRAINT "ChannelInstance_operatingHoursId_fkey" FOREIGN KEY ("operatingHoursId") REFERENCES "OperatingHours"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoutingRule" ADD CONSTRAINT "RoutingRule_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutomatedMessage" ADD CONSTRAINT "AutomatedMessage_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AutomatedMessage" ADD CONSTRAINT "AutomatedMessage_channelInstanceId_fkey" FOREIGN KEY ("channelInstanceId") REFERENCES "ChannelInstance"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InboundEvent" ADD CONSTRAINT "InboundEvent_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookFailure" ADD CONSTRAINT "WebhookFailure_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_channelInstanceId_fkey" FOREIGN KEY ("channelInstanceId") REFERENCES "ChannelInstance"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Conversation" ADD CONSTRAINT "Conversation_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "Message"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
