-- AlterTable
ALTER TABLE "MessagingAccount" ADD COLUMN "callbackShownAt" DATETIME;
