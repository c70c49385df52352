import { describe, expect, it } from "vitest";
import { agentProfileSchema } from "./agents.schema";
import { addSkills, duplicateSkillIndexes, MAX_SKILLS, normalizeSkill, parseStoredSkills, skillKey, splitSkills } from "./skills";

describe("normalizeSkill / skillKey", () => {
  it("trims and collapses whitespace, keeping the spelling", () => {
    expect(normalizeSkill("  Tier   2\tbilling ")).toBe("Tier 2 billing");
  });

  it("treats case and full-width forms as the same skill", () => {
    expect(skillKey("Billing")).toBe(skillKey("ｂｉｌｌｉｎｇ"));
    expect(skillKey("É")).toBe(skillKey("e\u0301".toUpperCase()));
    expect(skillKey("Spanish")).not.toBe(skillKey("Spanish 2"));
  });
});

describe("splitSkills", () => {
  it("splits on commas, semicolons, line breaks and CJK commas, dropping empties", () => {
    expect(splitSkills("billing, Spanish;;VIP\nrefunds、日本語 ,")).toEqual(["billing", "Spanish", "VIP", "refunds", "日本語"]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSkills("  ,  ")).toEqual([]);
  });
});

describe("addSkills", () => {
  it("appends new skills in order", () => {
    expect(addSkills(["billing"], "Spanish, VIP")).toEqual({ skills: ["billing", "Spanish", "VIP"], problem: null });
  });

  it("refuses a duplicate, whatever its case, and changes nothing", () => {
    expect(addSkills(["Billing"], "VIP, billing")).toEqual({ skills: ["Billing"], problem: { code: "skillDuplicate", skill: "billing" } });
    expect(addSkills([], "VIP, vip").problem).toEqual({ code: "skillDuplicate", skill: "vip" });
  });

  it("refuses a skill over 40 characters, counting characters as people do", () => {
    expect(addSkills([], "x".repeat(41)).problem).toEqual({ code: "skillTooLong", skill: "x".repeat(41) });
    expect(addSkills([], "😀".repeat(40)).problem).toBeNull();
  });

  it("stops at 30 skills", () => {
    const full = Array.from({ length: MAX_SKILLS }, (_, i) => `skill ${i}`);
    expect(addSkills(full, "one more")).toEqual({ skills: full, problem: { code: "tooManySkills" } });
    expect(addSkills(full.slice(1), "a, b").problem).toEqual({ code: "tooManySkills" });
  });
});

describe("duplicateSkillIndexes", () => {
  it("points at every repeat after the first", () => {
    expect(duplicateSkillIndexes(["a", "B", "A", "b", "c"])).toEqual([2, 3]);
  });
});

describe("parseStoredSkills", () => {
  it("reads the stored JSON array and tolerates anything else", () => {
    expect(parseStoredSkills('["billing","VIP"]')).toEqual(["billing", "VIP"]);
    expect(parseStoredSkills('["ok", 3, null, " "]')).toEqual(["ok"]);
    expect(parseStoredSkills("not json")).toEqual([]);
    expect(parseStoredSkills('{"a":1}')).toEqual([]);
    expect(parseStoredSkills(null)).toEqual([]);
  });
});

describe("agentProfileSchema", () => {
  const valid = { userId: "u1", capacity: 10, skills: [" Billing ", "VIP"] };

  it("accepts capacity 1–100 and normalizes skills", () => {
    expect(agentProfileSchema.parse(valid)).toEqual({ userId: "u1", capacity: 10, skills: ["Billing", "VIP"] });
    expect(agentProfileSchema.safeParse({ ...valid, capacity: 1 }).success).toBe(true);
    expect(agentProfileSchema.safeParse({ ...valid, capacity: 100 }).success).toBe(true);
  });

  it.each([0, 101, 2.5, Number.NaN])("refuses capacity %s with the range message", (capacity) => {
    const result = agentProfileSchema.safeParse({ ...valid, capacity });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["capacity"], message: "validation.queues.capacityRange" });
  });

  it("refuses duplicates, long and too many skills on the right path", () => {
    expect(agentProfileSchema.safeParse({ ...valid, skills: ["VIP", "vip"] }).error?.issues[0]).toMatchObject({
      path: ["skills", 1],
      message: "validation.queues.skillDuplicate",
    });
    expect(agentProfileSchema.safeParse({ ...valid, skills: ["x".repeat(41)] }).error?.issues[0]).toMatchObject({
      path: ["skills", 0],
      message: "validation.queues.skillTooLong",
    });
    expect(
      agentProfileSchema.safeParse({ ...valid, skills: Array.from({ length: 31 }, (_, i) => `s${i}`) }).error?.issues[0],
    ).toMatchObject({ path: ["skills"], message: "validation.queues.tooManySkills" });
  });
});
