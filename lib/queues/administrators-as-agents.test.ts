// An administrator who is a member of a queue takes and answers conversations like an agent (issue #14
// item 10, decision 030): they can join a queue, have a capacity, skills and a presence, get push
// conversations, and see them under "Mine". Other non-agent roles still can't join a queue.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { saveQueue } = await import("./save-queue");
const { saveAgentProfile } = await import("@/lib/agents/save-agent-profile");
const { listAgents, searchActiveAgents } = await import("@/lib/agents/list-agents");
const { setPresence, getPresence } = await import("@/lib/conversations/presence");
const { listConversations } = await import("@/lib/conversations/list");
const { takeConversation } = await import("@/lib/message-engine/outbound");
const { assignWaitingConversations } = await import("@/lib/message-engine/worker");
const { createConversation, createSmsSetup } = await import("@/lib/testing/messaging-fixtures");
afterAll(() => testDatabase.drop());

const user = (role: "ADMINISTRATOR" | "VIEWER" | "WORKSTREAM_MANAGER", name: string) =>
  db.user.create({
    data: { email: `${name.toLowerCase()}@example.com`, name, passwordHash: "unused", role },
    select: { id: true, email: true, name: true, role: true },
  });

describe("administrators as agents", { timeout: 60_000 }, () => {
  it("lets an administrator join a queue, but not a viewer or a workstream manager", async () => {
    const admin = await user("ADMINISTRATOR", "Ada");
    const viewer = await user("VIEWER", "Vic");
    const manager = await user("WORKSTREAM_MANAGER", "Wes");
    const queue = await saveQueue({ input: { name: "Escalations", operatingHoursId: null, memberIds: [admin.id] }, actor: admin });
    expect(await db.queueMember.count({ where: { queueId: queue.id, userId: admin.id } })).toBe(1);
    for (const outsider of [viewer, manager]) {
      await expect(
        saveQueue({
          input: { queueId: queue.id, name: "Escalations", operatingHoursId: null, memberIds: [admin.id, outsider.id] },
          actor: admin,
        }),
      ).rejects.toMatchObject({ code: "conflict", messageKey: "errors.queues.membersNotAgents" });
    }
    // The member picker and the Agents page offer administrators, not viewers.
    const picked = (await searchActiveAgents({ q: "", limit: 50 })).agents.map((agent) => agent.id);
    expect(picked).toContain(admin.id);
    expect(picked).not.toContain(viewer.id);
    expect((await listAgents({ q: "Ada" })).agents.map((agent) => agent.id)).toEqual([admin.id]);
  });

  it("gives an administrator a capacity, skills and a presence", async () => {
    const admin = await user("ADMINISTRATOR", "Bea");
    await saveAgentProfile({ input: { userId: admin.id, capacity: 3, skills: ["Billing"] }, actor: admin });
    expect(await db.agentProfile.findUniqueOrThrow({ where: { userId: admin.id }, select: { capacity: true, skills: true } })).toEqual({
      capacity: 3,
      skills: JSON.stringify(["Billing"]),
    });
    await setPresence({ user: admin, presence: "AWAY" });
    expect(await getPresence({ userId: admin.id })).toBe("AWAY");
    const viewer = await user("VIEWER", "Val");
    await expect(setPresence({ user: viewer, presence: "AWAY" })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("pushes a waiting conversation to an administrator member, who sees it under Mine, and lets one take another", async () => {
    const setup = await createSmsSetup({ distributionMode: "PUSH" });
    const admin = await user("ADMINISTRATOR", "Cy");
    await db.queueMember.create({ data: { queueId: setup.queueId, userId: admin.id } });
    const waiting = await createConversation(setup);
    await assignWaitingConversations();
    expect((await db.conversation.findUniqueOrThrow({ where: { id: waiting } })).assignedToId).toBe(admin.id);
    const mine = await listConversations({ user: admin, view: "mine" });
    expect(mine.items.map((conversation) => conversation.id)).toContain(waiting);

    const pick = await createSmsSetup({ distributionMode: "PICK" });
    await db.queueMember.create({ data: { queueId: pick.queueId, userId: admin.id } });
    const unassigned = await createConversation(pick);
    await takeConversation({ conversationId: unassigned, actor: admin });
    expect((await db.conversation.findUniqueOrThrow({ where: { id: unassigned } })).assignedToId).toBe(admin.id);
  });
});
