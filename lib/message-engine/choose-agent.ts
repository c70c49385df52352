// Pure: which agents a push conversation may go to, best first (see lib/message-engine/assignment.ts).
export type Candidate = { userId: string; presence: string; capacity: number; load: number };

type Choice = {
  candidates: readonly Candidate[];
  allowedPresences: readonly string[];
  /** What one conversation of this workstream costs. */
  units: number;
  preferredUserId: string | null;
};

/** Eligible agents (allowed presence, room for `units`), best first: the preferred one, then the least loaded. */
export function rankAgents(options: Choice): string[] {
  const eligible = options.candidates.filter(
    (candidate) => options.allowedPresences.includes(candidate.presence) && candidate.load + options.units <= candidate.capacity,
  );
  const ranked = [...eligible].sort(
    (a, b) =>
      Number(b.userId === options.preferredUserId) - Number(a.userId === options.preferredUserId) ||
      a.load / a.capacity - b.load / b.capacity ||
      a.load - b.load ||
      a.userId.localeCompare(b.userId),
  );
  return ranked.map((candidate) => candidate.userId);
}

/** The best eligible agent, or null. */
export function chooseAgent(options: Choice): string | null {
  return rankAgents(options)[0] ?? null;
}
