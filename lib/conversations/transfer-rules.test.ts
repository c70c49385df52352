import { describe, expect, it } from "vitest";
import { refusalField, transferRefusal, type TransferCheck } from "./transfer-rules";

const agentTarget = {
  type: "agent" as const,
  userId: "b",
  exists: true,
  isMemberOfQueue: true,
  presence: "AVAILABLE",
  capacity: 3,
  load: 1,
};
const base: TransferCheck = {
  conversation: { status: "OPEN", assignedToId: "a", queueId: "q1" },
  actor: { id: "a", isAgent: true },
  target: agentTarget,
  workstream: { allowedPresences: ["AVAILABLE", "BUSY"], units: 1 },
};

describe("transferRefusal", () => {
  it("lets the agent who has it transfer to an available member of the queue with room", () => {
    expect(transferRefusal(base)).toBeNull();
  });

  it("refuses a resolved conversation, and an agent transferring someone else's", () => {
    expect(transferRefusal({ ...base, conversation: { ...base.conversation, status: "RESOLVED" } })).toBe("closed");
    expect(transferRefusal({ ...base, actor: { id: "c", isAgent: true } })).toBe("notYours");
    // Supervisors may move any open conversation; agents may move unassigned ones of their queues.
    expect(transferRefusal({ ...base, actor: { id: "admin", isAgent: false } })).toBeNull();
    expect(
      transferRefusal({ ...base, conversation: { ...base.conversation, assignedToId: null }, actor: { id: "c", isAgent: true } }),
    ).toBeNull();
  });

  it("checks the receiving agent: exists, not already the one, queue member, presence, capacity in units", () => {
    expect(transferRefusal({ ...base, target: { ...agentTarget, exists: false } })).toBe("agentNotFound");
    expect(transferRefusal({ ...base, target: { ...agentTarget, userId: "a" } })).toBe("sameAgent");
    expect(transferRefusal({ ...base, target: { ...agentTarget, isMemberOfQueue: false } })).toBe("agentNotMember");
    expect(transferRefusal({ ...base, target: { ...agentTarget, presence: "AWAY" } })).toBe("agentUnavailable");
    expect(transferRefusal({ ...base, target: { ...agentTarget, load: 3 } })).toBe("agentFull");
    expect(transferRefusal({ ...base, target: { ...agentTarget, load: 2 } })).toBeNull();
    expect(transferRefusal({ ...base, target: { ...agentTarget, load: 2 }, workstream: { ...base.workstream, units: 2 } })).toBe(
      "agentFull",
    );
  });

  it("sends to any existing queue, but not an unassigned conversation back to the queue it waits in", () => {
    const queue = { type: "queue" as const, queueId: "q1", exists: true };
    expect(transferRefusal({ ...base, target: queue })).toBeNull(); // the agent gives it back to the queue
    expect(transferRefusal({ ...base, conversation: { ...base.conversation, assignedToId: null }, target: queue })).toBe("sameQueue");
    expect(transferRefusal({ ...base, target: { ...queue, exists: false } })).toBe("queueNotFound");
  });

  it("puts refusals about the pick on the target field, and those about the conversation in the banner", () => {
    expect(refusalField("agentFull")).toBe("targetId");
    expect(refusalField("notYours")).toBeNull();
  });
});
