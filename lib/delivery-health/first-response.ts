// First-response time of a number's or account's conversations: from the conversation's start (the
// customer's first message) to the first reply an agent wrote, counting only the time the channel
// instance's operating hours were open — the rule the inbound flow itself uses (route-inbound.ts).
import "server-only";
import { db } from "@/lib/db";
import { parseStoredHours } from "@/lib/workstreams/operating-hours/record";
import { openTimeMeter, percentile } from "./open-time";
import type { HealthWindow } from "./period";
import { listFirstResponses } from "./queries";

export type FirstResponse = {
  medianMs: number | null;
  p90Ms: number | null;
  answered: number;
  unanswered: number;
  /** Whether some of the conversations counted only their operating hours. */
  usesOperatingHours: boolean;
};

export async function measureFirstResponse(options: {
  scope: { numberId: string } | { accountId: string };
  window: HealthWindow;
}): Promise<FirstResponse> {
  const rows = await listFirstResponses(options);
  const hoursIds = [...new Set(rows.map((row) => row.operatingHoursId).filter((id): id is string => id !== null))];
  const records = hoursIds.length
    ? await db.operatingHours.findMany({
        where: { id: { in: hoursIds } },
        select: { id: true, timeZone: true, weekly: true, exceptions: true },
      })
    : [];
  const meters = new Map<string | null, ReturnType<typeof openTimeMeter>>([
    [null, openTimeMeter(null, options.window.since, options.window.until)],
  ]);
  for (const record of records) meters.set(record.id, openTimeMeter(parseStoredHours(record), options.window.since, options.window.until));

  const durations: number[] = [];
  let unanswered = 0;
  for (const row of rows) {
    if (!row.repliedAt) {
      unanswered += 1;
      continue;
    }
    // Hours deleted since: the conversation counts all its time, as it would have without them.
    const meter = meters.get(row.operatingHoursId) ?? meters.get(null)!;
    durations.push(meter(row.createdAt, row.repliedAt));
  }
  durations.sort((a, b) => a - b);
  return {
    medianMs: percentile(durations, 0.5),
    p90Ms: percentile(durations, 0.9),
    answered: durations.length,
    unanswered,
    usesOperatingHours: records.length > 0,
  };
}
