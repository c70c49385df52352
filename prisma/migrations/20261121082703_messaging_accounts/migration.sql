-- CreateTable
CREATE TABLE "MessagingAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "isSandbox" BOOLEAN NOT NULL DEFAULT false,
    "sandboxJoinCode" TEXT,
    "twilioAccountSid" TEXT,
    "twilioAuthToken" TEXT,
    "telesignCustomerId" TEXT,
    "telesignApiKey" TEXT,
    "callbackKey" TEXT NOT NULL,
    "signatureMode" TEXT NOT NULL DEFAULT 'ENFORCE',
    "validationStatus" TEXT NOT NULL DEFAULT 'NOT_VALIDATED',
    "validationReason" TEXT,
    "validatedAt" DATETIME,
    "providerName" TEXT,
    "providerType" TEXT,
    "providerStatus" TEXT,
    "setupCompletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PhoneNumber" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "e164" TEXT,
    "country" TEXT,
    "type" TEXT,
    "displayName" TEXT,
    "description" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PhoneNumber_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WhatsAppTemplate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "examples" TEXT NOT NULL,
    "contentSid" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WhatsAppTemplate_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "MessagingAccount" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
CREATE INDEX "WhatsAppTemplate_accountId_idx" ON "WhatsAppTemplate"("accountId");

-- CreateIndex
CREATE UNIQUE INDEX "WhatsAppTemplate_accountId_name_language_key" ON "WhatsAppTemplate"("accountId", "name", "language");
