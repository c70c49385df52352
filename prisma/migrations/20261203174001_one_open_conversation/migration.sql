-- Hand-written (Prisma's schema language has no partial indexes): at most one open conversation per
-- (our number, customer). Valid on SQLite and PostgreSQL alike. Route-inbound's find-or-create
-- catches the unique violation and reads the winner (decision 017).
-- Conversations opened twice before this migration keep only the newest open; the older ones are resolved.
UPDATE "Conversation" SET "status" = 'RESOLVED', "closedReason" = 'duplicate'
WHERE "status" <> 'RESOLVED' AND "numberId" IS NOT NULL AND EXISTS (
  SELECT 1 FROM "Conversation" AS "newer"
  WHERE "newer"."numberId" = "Conversation"."numberId"
    AND "newer"."customerAddress" = "Conversation"."customerAddress"
    AND "newer"."status" <> 'RESOLVED'
    AND ("newer"."createdAt" > "Conversation"."createdAt" OR ("newer"."createdAt" = "Conversation"."createdAt" AND "newer"."id" > "Conversation"."id"))
);

CREATE UNIQUE INDEX "Conversation_one_open_per_customer" ON "Conversation"("numberId", "customerAddress") WHERE "status" <> 'RESOLVED';
