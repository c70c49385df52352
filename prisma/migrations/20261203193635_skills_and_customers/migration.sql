-- Hand-edited: Prisma would rebuild Conversation and RoutingRule to add one column each, and the
-- rebuild drops the hand-written partial index "Conversation_one_open_per_customer". SQLite adds a
-- NOT NULL column with a constant default in place, so the table and its indexes stay as they are.
ALTER TABLE "Conversation" ADD COLUMN "requiredSkills" TEXT NOT NULL DEFAULT '[]';
ALTER TABLE "RoutingRule" ADD COLUMN "requiredSkills" TEXT NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "Customer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "address" TEXT NOT NULL,
    "name" TEXT,
    "nameSource" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CustomerNote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "customerId" TEXT NOT NULL,
    "authorId" TEXT,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CustomerNote_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "Customer" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CustomerNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Customer_address_key" ON "Customer"("address");

-- CreateIndex
CREATE INDEX "CustomerNote_customerId_createdAt_idx" ON "CustomerNote"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Conversation_customerAddress_lastMessageAt_idx" ON "Conversation"("customerAddress", "lastMessageAt");
