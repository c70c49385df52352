// An agent's capacity and skills (SPEC §2). Pure: shared by the agent form, its schema and the
// server. Skills are free-text tags compared without regard to case or Unicode width, so "Billing",
// "billing" and "ｂｉｌｌｉｎｇ" are one skill; the agent keeps the spelling first typed.
import { parseStringArray } from "@/lib/stored-json";
export const DEFAULT_CAPACITY = 10;
export const MIN_CAPACITY = 1;
export const MAX_CAPACITY = 100;
export const MAX_SKILLS = 30;
export const MAX_SKILL_LENGTH = 40;

export type SkillProblem = { code: "skillTooLong" | "skillDuplicate" | "tooManySkills"; skill?: string };

/** Trims, joins runs of whitespace into one space, and composes accents (NFC). */
export function normalizeSkill(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The identity of a skill for uniqueness: width- and case-folded. */
export function skillKey(skill: string): string {
  return normalizeSkill(skill).normalize("NFKC").toLocaleLowerCase("und");
}

/** Text typed or pasted into the skills box: commas, semicolons and line breaks separate skills. */
export function splitSkills(text: string): string[] {
  return text
    .split(/[,;\n\r\u3001\uFF0C\uFF1B]/u)
    .map(normalizeSkill)
    .filter((skill) => skill.length > 0);
}

/** Length in characters as a person counts them (an emoji or accented letter is one). */
export function skillLength(skill: string): number {
  return [...skill].length;
}

/**
 * Adds the skills in `text` to `current`. All or nothing: the first problem is returned and the
 * list is left unchanged, so what the user typed stays in the box to be corrected.
 */
export function addSkills(current: readonly string[], text: string): { skills: string[]; problem: SkillProblem | null } {
  const skills = [...current];
  const keys = new Set(current.map(skillKey));
  for (const skill of splitSkills(text)) {
    if (skillLength(skill) > MAX_SKILL_LENGTH) return { skills: [...current], problem: { code: "skillTooLong", skill } };
    if (keys.has(skillKey(skill))) return { skills: [...current], problem: { code: "skillDuplicate", skill } };
    if (skills.length >= MAX_SKILLS) return { skills: [...current], problem: { code: "tooManySkills" } };
    keys.add(skillKey(skill));
    skills.push(skill);
  }
  return { skills, problem: null };
}

/** Indexes of skills that repeat an earlier one (for the schema's per-item messages). */
export function duplicateSkillIndexes(skills: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicates: number[] = [];
  skills.forEach((skill, index) => {
    const key = skillKey(skill);
    if (seen.has(key)) duplicates.push(index);
    seen.add(key);
  });
  return duplicates;
}

/** The stored JSON array; anything unreadable counts as no skills rather than breaking a page. */
export function parseStoredSkills(json: string | null | undefined): string[] {
  return parseStringArray(json).filter((item) => item.trim() !== "");
}
