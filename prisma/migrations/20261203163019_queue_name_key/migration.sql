-- AlterTable
ALTER TABLE "Queue" ADD COLUMN "nameKey" TEXT;

-- Hand-written (the twin migration in the other database's folder does the same): fold existing names.
-- lower() here is ASCII-only on SQLite and Unicode-aware on PostgreSQL; the app refolds a name
-- (lib/queues/name-key.ts) whenever it is saved. Where names already clash, the oldest keeps the key.
UPDATE "Queue" SET "nameKey" = lower("name")
WHERE NOT EXISTS (
  SELECT 1 FROM "Queue" AS "older"
  WHERE lower("older"."name") = lower("Queue"."name")
    AND ("older"."createdAt" < "Queue"."createdAt" OR ("older"."createdAt" = "Queue"."createdAt" AND "older"."id" < "Queue"."id"))
);

-- CreateIndex
CREATE UNIQUE INDEX "Queue_nameKey_key" ON "Queue"("nameKey");
