-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN "unavailableReason" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN "content" TEXT;
