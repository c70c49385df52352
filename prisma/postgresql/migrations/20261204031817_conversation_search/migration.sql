-- CreateIndex
CREATE INDEX "ChannelInstance_operatingHoursId_idx" ON "ChannelInstance"("operatingHoursId");

-- CreateIndex
CREATE INDEX "Queue_operatingHoursId_idx" ON "Queue"("operatingHoursId");

-- Hand-written (Prisma's schema language can't say this for one database only): trigram GIN indexes for
-- conversation search by customer number and message text (lib/conversations/text-search.ts, decision 041).
-- They serve ILIKE '%term%' directly. pg_trgm ships with PostgreSQL (contrib) and is a trusted extension
-- (PostgreSQL 13+): a database owner may create it without superuser rights.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "Conversation_customerAddress_trgm_idx" ON "Conversation" USING gin ("customerAddress" gin_trgm_ops);
CREATE INDEX "Message_body_trgm_idx" ON "Message" USING gin ("body" gin_trgm_ops);
