"use client";
import { useFormatter, useTranslations } from "next-intl";
import { describeQueueUsage, type QueueUsage } from "@/lib/queues/queue-usage";

/** The sentences saying what uses a queue, in the user's language. */
export function useQueueUsageLines(usage: QueueUsage): string[] {
  const t = useTranslations();
  const format = useFormatter();
  return describeQueueUsage(
    usage,
    (key, values) => t(key, values),
    (items) => format.list(items, { type: "conjunction" }),
  );
}
