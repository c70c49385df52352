// Pure: which agents a push conversation may go to, best first (see lib/message-engine/assignment.ts),
// and why each one may or may not — the routing tester shows the same assessment the router acts on.
//
// Skill matching (SPEC §2) compares the skills the conversation's routing rule asks for with each
// agent's skills, folded the way agent skills are (lib/agents/skills.ts: "Billing" = "ｂｉｌｌｉｎｇ"):
// - EXACT: only agents having every required skill;
// - CLOSEST: every eligible agent, those matching more required skills first;
// - NONE (or nothing required): skills play no part.
// Then the customer's previous agent (keep same agent), then the least loaded relative to capacity.
import { skillKey } from "@/lib/agents/skills";

export type SkillMatching = "EXACT" | "CLOSEST" | "NONE";
export type Candidate = { userId: string; presence: string; capacity: number; load: number; skills?: readonly string[] };

export type Choice = {
  candidates: readonly Candidate[];
  allowedPresences: readonly string[];
  /** What one conversation of this workstream costs. */
  units: number;
  preferredUserId: string | null;
  skillMatching?: SkillMatching;
  requiredSkills?: readonly string[];
};

/** Why an agent can't get the conversation; null when they can. */
export type Exclusion = "presence" | "capacity" | "skills" | null;

export type Assessment = {
  userId: string;
  presence: string;
  presenceAllowed: boolean;
  load: number;
  capacity: number;
  hasRoom: boolean;
  matchedSkills: string[];
  missingSkills: string[];
  excludedBy: Exclusion;
};

/** Every candidate assessed, and the eligible ones best first. */
export function assessAgents(options: Choice): { assessments: Assessment[]; ranked: string[] } {
  const required = options.requiredSkills ?? [];
  const mode = required.length === 0 ? "NONE" : (options.skillMatching ?? "NONE");
  const assessments = options.candidates.map((candidate): Assessment => {
    const keys = new Set((candidate.skills ?? []).map(skillKey));
    const matchedSkills = required.filter((skill) => keys.has(skillKey(skill)));
    const missingSkills = required.filter((skill) => !keys.has(skillKey(skill)));
    const presenceAllowed = options.allowedPresences.includes(candidate.presence);
    const hasRoom = candidate.load + options.units <= candidate.capacity;
    const excludedBy: Exclusion = !presenceAllowed
      ? "presence"
      : !hasRoom
        ? "capacity"
        : mode === "EXACT" && missingSkills.length > 0
          ? "skills"
          : null;
    return {
      userId: candidate.userId,
      presence: candidate.presence,
      presenceAllowed,
      load: candidate.load,
      capacity: candidate.capacity,
      hasRoom,
      matchedSkills,
      missingSkills,
      excludedBy,
    };
  });
  const bySkills = mode === "CLOSEST";
  const ranked = assessments
    .filter((assessment) => assessment.excludedBy === null)
    .sort(
      (a, b) =>
        (bySkills ? b.matchedSkills.length - a.matchedSkills.length : 0) ||
        Number(b.userId === options.preferredUserId) - Number(a.userId === options.preferredUserId) ||
        a.load / a.capacity - b.load / b.capacity ||
        a.load - b.load ||
        a.userId.localeCompare(b.userId),
    )
    .map((assessment) => assessment.userId);
  return { assessments, ranked };
}

/** Eligible agents (allowed presence, room for `units`, skills as the matching mode asks), best first. */
export function rankAgents(options: Choice): string[] {
  return assessAgents(options).ranked;
}

/** The best eligible agent, or null. */
export function chooseAgent(options: Choice): string | null {
  return rankAgents(options)[0] ?? null;
}
