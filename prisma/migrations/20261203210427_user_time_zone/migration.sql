-- AlterTable (hand-written as ADD COLUMN: the generated table rebuild would clash with other migrations)
ALTER TABLE "User" ADD COLUMN "localeFromBrowser" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "User" ADD COLUMN "timeZone" TEXT;
