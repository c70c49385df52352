// The live channel's per-event rule (canSeeConversation) must agree with the reads' Prisma filter
// (visibleConversationsWhere): checked on real rows, for agents in and out of queues and other roles.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { canSeeConversation, loadAudienceViewer, visibleConversationsWhere } = await import("./access");
const { createAgent, createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");

afterAll(() => testDatabase.drop());

// The first test also pays for warming up Prisma and SQLite, which takes seconds on a busy machine.
describe("canSeeConversation", { timeout: 30_000 }, () => {
  it("gives every user the same conversations as visibleConversationsWhere", async () => {
    const first = await createSmsSetup({ distributionMode: "PICK" });
    const second = await createSmsSetup({ distributionMode: "PICK" });
    const inFirst = await createAgent({ queueId: first.queueId, capacity: 5 });
    const inSecond = await createAgent({ queueId: second.queueId, capacity: 5 });
    const conversations = [
      await createConversation(first),
      await createConversation(first, { assignedToId: inFirst }),
      await createConversation(first, { assignedToId: inSecond }), // assigned across queues
      await createConversation(second),
      await createConversation(second, { assignedToId: inSecond, status: "RESOLVED" }),
    ];
    const admin = { id: "admin-user", role: "ADMINISTRATOR" as const };
    const viewer = { id: "viewer-user", role: "VIEWER" as const };
    const agents = [inFirst, inSecond].map((id) => ({ id, role: "AGENT" as const }));
    const rows = await db.conversation.findMany({
      where: { id: { in: conversations } },
      select: { id: true, queueId: true, assignedToId: true },
    });

    for (const user of [admin, viewer, ...agents]) {
      const expected = await db.conversation.findMany({
        where: { AND: [{ id: { in: conversations } }, visibleConversationsWhere(user)] },
        select: { id: true },
      });
      const audienceViewer = await loadAudienceViewer(user);
      const seen = rows.filter((row) =>
        canSeeConversation(audienceViewer, { queueId: row.queueId, agentIds: row.assignedToId ? [row.assignedToId] : [] }),
      );
      expect(seen.map((row) => row.id).sort(), `${user.role} ${user.id}`).toEqual(expected.map((row) => row.id).sort());
    }
    // And the cases are not all trivially "everything": each agent misses some.
    const firstAgent = await loadAudienceViewer(agents[0]!);
    expect(rows.filter((row) => canSeeConversation(firstAgent, { queueId: row.queueId, agentIds: [] })).length).toBe(3);
  });

  it("tells a previous assignee, who no longer sees the conversation, that it left their list", async () => {
    const setup = await createSmsSetup({ distributionMode: "PICK" });
    const outsider = await loadAudienceViewer({ id: "someone-else", role: "AGENT" });
    expect(canSeeConversation(outsider, { queueId: setup.queueId, agentIds: [] })).toBe(false);
    expect(canSeeConversation(outsider, { queueId: setup.queueId, agentIds: ["new-agent", "someone-else"] })).toBe(true);
  });
});
