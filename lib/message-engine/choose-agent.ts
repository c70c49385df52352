// Pure: which agent a push conversation goes to (see lib/message-engine/assignment.ts).
export type Candidate = { userId: string; presence: string; capacity: number; load: number };

/** Pure choice among candidates; `units` is what one conversation of this workstream costs. */
export function chooseAgent(options: {
  candidates: readonly Candidate[];
  allowedPresences: readonly string[];
  units: number;
  preferredUserId: string | null;
}): string | null {
  const eligible = options.candidates.filter(
    (candidate) => options.allowedPresences.includes(candidate.presence) && candidate.load + options.units <= candidate.capacity,
  );
  const preferred = eligible.find((candidate) => candidate.userId === options.preferredUserId);
  if (preferred) return preferred.userId;
  const [best] = [...eligible].sort(
    (a, b) => a.load / a.capacity - b.load / b.capacity || a.load - b.load || a.userId.localeCompare(b.userId),
  );
  return best?.userId ?? null;
}
