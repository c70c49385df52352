import { describe, expect, it } from "vitest";
import { assessAgents, chooseAgent, rankAgents } from "./choose-agent";

const agent = (userId: string, load: number, capacity = 10, presence = "AVAILABLE") => ({ userId, load, capacity, presence });

describe("chooseAgent", () => {
  it("picks the least loaded agent whose presence the workstream allows", () => {
    expect(
      chooseAgent({
        candidates: [agent("a", 5), agent("b", 2), agent("c", 0, 10, "AWAY")],
        allowedPresences: ["AVAILABLE"],
        units: 1,
        preferredUserId: null,
      }),
    ).toBe("b");
  });

  it("skips agents without capacity for one more conversation", () => {
    expect(
      chooseAgent({ candidates: [agent("a", 9, 10), agent("b", 3, 4)], allowedPresences: ["AVAILABLE"], units: 2, preferredUserId: null }),
    ).toBeNull();
  });

  it("keeps the customer's previous agent when eligible", () => {
    expect(
      chooseAgent({ candidates: [agent("a", 5), agent("b", 0)], allowedPresences: ["AVAILABLE"], units: 1, preferredUserId: "a" }),
    ).toBe("a");
    expect(
      chooseAgent({ candidates: [agent("a", 10), agent("b", 0)], allowedPresences: ["AVAILABLE"], units: 1, preferredUserId: "a" }),
    ).toBe("b");
  });
});

describe("skill matching", () => {
  const skilled = (userId: string, load: number, skills: string[], capacity = 10) => ({ ...agent(userId, load, capacity), skills });
  const base = { allowedPresences: ["AVAILABLE"], units: 1, preferredUserId: null };

  it("EXACT offers only agents having every required skill, least loaded first", () => {
    const candidates = [
      skilled("a", 0, ["Billing"]),
      skilled("b", 6, ["billing", "French"]),
      skilled("c", 3, ["French", "Billing", "VIP"]),
    ];
    expect(rankAgents({ ...base, candidates, skillMatching: "EXACT", requiredSkills: ["Billing", "French"] })).toEqual(["c", "b"]);
  });

  it("EXACT compares skills without regard to case or width, and leaves the conversation waiting when nobody qualifies", () => {
    expect(
      chooseAgent({ ...base, candidates: [skilled("a", 0, ["ＢＩＬＬＩＮＧ"])], skillMatching: "EXACT", requiredSkills: ["billing"] }),
    ).toBe("a");
    expect(
      chooseAgent({ ...base, candidates: [skilled("a", 0, ["Sales"])], skillMatching: "EXACT", requiredSkills: ["Billing"] }),
    ).toBeNull();
  });

  it("EXACT never skips capacity: a fully loaded expert is not offered it", () => {
    expect(
      rankAgents({
        ...base,
        candidates: [skilled("a", 10, ["Billing"]), skilled("b", 0, [])],
        skillMatching: "EXACT",
        requiredSkills: ["Billing"],
      }),
    ).toEqual([]);
  });

  it("CLOSEST prefers the most matching skills over a lighter load, then falls back to the least busy", () => {
    const candidates = [skilled("none", 0, []), skilled("one", 5, ["Billing"]), skilled("two", 8, ["Billing", "French"])];
    expect(rankAgents({ ...base, candidates, skillMatching: "CLOSEST", requiredSkills: ["Billing", "French"] })).toEqual([
      "two",
      "one",
      "none",
    ]);
    // Nobody has the skill: everyone stays eligible, least loaded first.
    expect(
      rankAgents({
        ...base,
        candidates: [skilled("x", 4, []), skilled("y", 1, ["Sales"])],
        skillMatching: "CLOSEST",
        requiredSkills: ["Billing"],
      }),
    ).toEqual(["y", "x"]);
  });

  it("CLOSEST breaks a tie in matching skills by load relative to capacity, then by id", () => {
    const candidates = [skilled("b", 2, ["Billing"], 4), skilled("a", 2, ["Billing"], 4), skilled("c", 2, ["Billing"], 10)];
    expect(rankAgents({ ...base, candidates, skillMatching: "CLOSEST", requiredSkills: ["Billing"] })).toEqual(["c", "a", "b"]);
  });

  it("NONE, or a rule requiring nothing, ignores skills", () => {
    const candidates = [skilled("expert", 5, ["Billing"]), skilled("novice", 0, [])];
    expect(chooseAgent({ ...base, candidates, skillMatching: "NONE", requiredSkills: ["Billing"] })).toBe("novice");
    expect(chooseAgent({ ...base, candidates, skillMatching: "EXACT", requiredSkills: [] })).toBe("novice");
  });

  it("explains each agent: presence, capacity, skills, in that order of exclusion", () => {
    const { assessments, ranked } = assessAgents({
      ...base,
      candidates: [
        { ...skilled("away", 0, ["Billing"]), presence: "AWAY" },
        skilled("full", 10, ["Billing"]),
        skilled("unskilled", 0, ["Sales"]),
        skilled("ok", 1, ["billing"]),
      ],
      skillMatching: "EXACT",
      requiredSkills: ["Billing"],
    });
    expect(assessments.map((assessment) => [assessment.userId, assessment.excludedBy])).toEqual([
      ["away", "presence"],
      ["full", "capacity"],
      ["unskilled", "skills"],
      ["ok", null],
    ]);
    expect(assessments[3]).toMatchObject({ matchedSkills: ["Billing"], missingSkills: [] });
    expect(assessments[2]).toMatchObject({ matchedSkills: [], missingSkills: ["Billing"] });
    expect(ranked).toEqual(["ok"]);
  });
});
