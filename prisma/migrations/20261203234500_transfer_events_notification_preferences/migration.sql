-- Transfer lines share ConversationEvent with the bot's lines (decision 029): nullable columns added in
-- place (no table rebuild).
ALTER TABLE "ConversationEvent" ADD COLUMN "actorId" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "actorName" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "toUserId" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "toUserName" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "toQueueId" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "toQueueName" TEXT;
ALTER TABLE "ConversationEvent" ADD COLUMN "note" TEXT;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "toast" BOOLEAN NOT NULL DEFAULT true,
    "titleCount" BOOLEAN NOT NULL DEFAULT true,
    "sound" BOOLEAN NOT NULL DEFAULT false,
    "browser" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
