-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN "blockedReason" TEXT;
