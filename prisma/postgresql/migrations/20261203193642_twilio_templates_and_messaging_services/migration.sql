-- AlterTable
ALTER TABLE "MessagingAccount" ADD COLUMN     "templatesSyncError" TEXT,
ADD COLUMN     "templatesSyncedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PhoneNumber" ADD COLUMN     "messagingServiceSid" TEXT;

-- AlterTable
ALTER TABLE "WhatsAppTemplate" ADD COLUMN     "twilioCheckedAt" TIMESTAMP(3),
ADD COLUMN     "twilioReason" TEXT,
ADD COLUMN     "twilioStatus" TEXT;
