// JSON columns that hold a list of strings (file types, presences, skills). Reading one must never break
// a page or the message flow: anything unreadable counts as an empty list.
export function parseStringArray(json: string | null | undefined): string[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}
