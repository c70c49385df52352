-- AlterTable
ALTER TABLE "MessagingAccount" ADD COLUMN "templatesSyncError" TEXT;
ALTER TABLE "MessagingAccount" ADD COLUMN "templatesSyncedAt" DATETIME;

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN "messagingServiceSid" TEXT;

-- AlterTable
ALTER TABLE "WhatsAppTemplate" ADD COLUMN "twilioCheckedAt" DATETIME;
ALTER TABLE "WhatsAppTemplate" ADD COLUMN "twilioReason" TEXT;
ALTER TABLE "WhatsAppTemplate" ADD COLUMN "twilioStatus" TEXT;
