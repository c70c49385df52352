-- AlterTable
ALTER TABLE "User" ADD COLUMN     "localeFromBrowser" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timeZone" TEXT;
