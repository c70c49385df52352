-- CreateTable
CREATE TABLE "OperatingHours" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "weekly" TEXT NOT NULL,
    "exceptions" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Queue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "operatingHoursId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Queue_operatingHoursId_fkey" FOREIGN KEY ("operatingHoursId") REFERENCES "OperatingHours" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "QueueMember" (
    "queueId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("queueId", "userId"),
    CONSTRAINT "QueueMember_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QueueMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AgentProfile" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "capacity" INTEGER NOT NULL DEFAULT 10,
    "skills" TEXT NOT NULL DEFAULT '[]',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AgentProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Workstream" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "distributionMode" TEXT NOT NULL,
    "fallbackQueueId" TEXT NOT NULL,
    "capacityUnits" INTEGER DEFAULT 1,
    "capacityProfile" TEXT,
    "autoCloseMinutes" INTEGER,
    "wrapUpBlock" TEXT NOT NULL DEFAULT 'NEVER',
    "wrapUpMinutes" INTEGER,
    "allowedPresences" TEXT NOT NULL DEFAULT '["AVAILABLE","BUSY"]',
    "skillMatching" TEXT NOT NULL DEFAULT 'NONE',
    "keepSameAgent" BOOLEAN NOT NULL DEFAULT false,
    "botName" TEXT,
    "botEndpoint" TEXT,
    "quickReplies" TEXT NOT NULL DEFAULT '[]',
    "notificationTemplates" TEXT NOT NULL DEFAULT '[]',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Workstream_fallbackQueueId_fkey" FOREIGN KEY ("fallbackQueueId") REFERENCES "Queue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ChannelInstance" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "setupCompletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ChannelInstance_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChannelInstance_numberId_fkey" FOREIGN KEY ("numberId") REFERENCES "PhoneNumber" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ChannelInstance_operatingHoursId_fkey" FOREIGN KEY ("operatingHoursId") REFERENCES "OperatingHours" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RoutingRule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workstreamId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "match" TEXT NOT NULL DEFAULT 'all',
    "conditions" TEXT NOT NULL,
    "queueId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "RoutingRule_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RoutingRule_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AutomatedMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workstreamId" TEXT NOT NULL,
    "channelInstanceId" TEXT,
    "trigger" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AutomatedMessage_workstreamId_fkey" FOREIGN KEY ("workstreamId") REFERENCES "Workstream" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AutomatedMessage_channelInstanceId_fkey" FOREIGN KEY ("channelInstanceId") REFERENCES "ChannelInstance" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
