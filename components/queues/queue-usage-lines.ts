import { getFormatter, getTranslations } from "next-intl/server";
import { describeQueueUsage, type QueueUsage } from "@/lib/queues/queue-usage";

/** Server components' version of `useQueueUsageLines`: one translator for many queues. */
export async function getQueueUsageDescriber(): Promise<(usage: QueueUsage) => string[]> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (usage) =>
    describeQueueUsage(
      usage,
      (key, values) => t(key, values),
      (items) => format.list(items, { type: "conjunction" }),
    );
}
