// Reordering a workstream's routing rules: pure helpers shared by the list (mouse and keyboard) and
// the server, which only accepts a new order of exactly the rules it has.

/** `items` with the one at `from` moved to index `to` (both clamped); the input is not changed. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const result = [...items];
  if (from < 0 || from >= items.length) return result;
  const target = Math.min(Math.max(to, 0), items.length - 1);
  const [item] = result.splice(from, 1);
  result.splice(target, 0, item as T);
  return result;
}

/** True when `proposed` holds exactly the ids of `current`, each once, in any order. */
export function isSameRuleSet(current: readonly string[], proposed: readonly string[]): boolean {
  if (current.length !== proposed.length) return false;
  const remaining = new Set(current);
  for (const id of proposed) if (!remaining.delete(id)) return false;
  return remaining.size === 0;
}
