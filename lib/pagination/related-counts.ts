// Child-row counts for a page of parent rows (docs/decisions/041-list-counts-and-search-at-scale.md).
// Prisma's relation count in a select (`_count: { select: { members: true } }`) is compiled to
// `LEFT JOIN (SELECT fk, COUNT(*) … GROUP BY fk)` over the WHOLE child table, on SQLite and PostgreSQL
// alike, before the page's 20 rows are joined to it: O(table) on every request. A `groupBy` restricted to
// the page's ids (`where: { fk: { in: ids } }`) reads only those ids' range of the foreign key's index.

type Group<Key extends string> = { [name in Key]: string | null } & { _count: { _all: number } };

/**
 * `groupBy` rows (`by: [key]`, `_count: { _all: true }`) as a map from the key to its count; a parent with
 * no children is absent, so read it with `?? 0`.
 */
export function countsByKey<Key extends string>(groups: readonly Group<Key>[], key: Key): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const value = group[key];
    if (value !== null) counts.set(value, group._count._all);
  }
  return counts;
}
