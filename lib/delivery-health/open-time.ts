// Time that counts towards a first response: only while the channel is open (operating hours), so a
// message that arrives Friday night and is answered Monday at 09:05 waited 5 minutes, not 60 hours.
// The calendar rules are the operating-hours module's (openIntervals); this only measures overlaps.
import { openIntervals, type OperatingHours } from "@/lib/workstreams/operating-hours/evaluate";

/** Measures open time inside one window [from, to): the open stretches once, then a binary search per question. */
export function openTimeMeter(hours: OperatingHours | null, from: Date, to: Date): (start: Date, end: Date) => number {
  if (!hours) return (start, end) => Math.max(0, end.getTime() - start.getTime());
  const stretches = openIntervals(hours, from, to);
  // before[i]: open milliseconds in stretches[0..i).
  const before = [0];
  for (const stretch of stretches) before.push(before.at(-1)! + stretch.end - stretch.start);
  const openUntil = (ms: number) => {
    let low = 0;
    let high = stretches.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (stretches[middle]!.end <= ms) low = middle + 1;
      else high = middle;
    }
    const inside = stretches[low];
    return before[low]! + (inside && inside.start < ms ? ms - inside.start : 0);
  };
  return (start, end) => Math.max(0, openUntil(end.getTime()) - openUntil(start.getTime()));
}

/** The value below which `fraction` of the sorted values lie (nearest rank), or null for none. */
export function percentile(sorted: readonly number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}
