-- CreateIndex
CREATE INDEX "ChannelInstance_operatingHoursId_idx" ON "ChannelInstance"("operatingHoursId");

-- CreateIndex
CREATE INDEX "Queue_operatingHoursId_idx" ON "Queue"("operatingHoursId");

-- Hand-written (Prisma's schema language has no full-text indexes): trigram FTS5 indexes for conversation
-- search by customer number and message text (lib/conversations/text-search.ts, decision 041). External
-- content tables keyed by the rowid of "Conversation" / "Message": they store only the index, and the
-- triggers below keep it in step. Their tables are listed in prisma/migration-engine.mjs (SEARCH_TABLES) so
-- schema diffs leave them alone. A migration that rebuilds "Conversation" or "Message" must recreate these
-- triggers and run the 'rebuild' commands below again (a rebuild renumbers rowids).
CREATE VIRTUAL TABLE "ConversationSearch" USING fts5("customerAddress", content='Conversation', content_rowid='rowid', tokenize='trigram');
CREATE VIRTUAL TABLE "MessageSearch" USING fts5("body", content='Message', content_rowid='rowid', tokenize='trigram');
INSERT INTO "ConversationSearch"("ConversationSearch") VALUES ('rebuild');
INSERT INTO "MessageSearch"("MessageSearch") VALUES ('rebuild');

CREATE TRIGGER "Conversation_search_insert" AFTER INSERT ON "Conversation" BEGIN
  INSERT INTO "ConversationSearch"(rowid, "customerAddress") VALUES (new.rowid, new."customerAddress");
END;
CREATE TRIGGER "Conversation_search_delete" AFTER DELETE ON "Conversation" BEGIN
  INSERT INTO "ConversationSearch"("ConversationSearch", rowid, "customerAddress") VALUES ('delete', old.rowid, old."customerAddress");
END;
CREATE TRIGGER "Conversation_search_update" AFTER UPDATE OF "customerAddress" ON "Conversation" BEGIN
  INSERT INTO "ConversationSearch"("ConversationSearch", rowid, "customerAddress") VALUES ('delete', old.rowid, old."customerAddress");
  INSERT INTO "ConversationSearch"(rowid, "customerAddress") VALUES (new.rowid, new."customerAddress");
END;

CREATE TRIGGER "Message_search_insert" AFTER INSERT ON "Message" BEGIN
  INSERT INTO "MessageSearch"(rowid, "body") VALUES (new.rowid, new."body");
END;
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
  INSERT INTO "MessageSearch"("MessageSearch", rowid, "body") VALUES ('delete', old.rowid, old."body");
END;
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "body" ON "Message" BEGIN
  INSERT INTO "MessageSearch"("MessageSearch", rowid, "body") VALUES ('delete', old.rowid, old."body");
  INSERT INTO "MessageSearch"(rowid, "body") VALUES (new.rowid, new."body");
END;
