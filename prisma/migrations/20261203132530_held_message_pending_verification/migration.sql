-- AlterTable
ALTER TABLE "HeldMessage" ADD COLUMN "pendingVerification" TEXT;
