-- Transfer lines share ConversationEvent with the bot's lines (decision 029).
ALTER TABLE "ConversationEvent" ADD COLUMN "actorId" TEXT,
ADD COLUMN "actorName" TEXT,
ADD COLUMN "toUserId" TEXT,
ADD COLUMN "toUserName" TEXT,
ADD COLUMN "toQueueId" TEXT,
ADD COLUMN "toQueueName" TEXT,
ADD COLUMN "note" TEXT;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "toast" BOOLEAN NOT NULL DEFAULT true,
    "titleCount" BOOLEAN NOT NULL DEFAULT true,
    "sound" BOOLEAN NOT NULL DEFAULT false,
    "browser" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
