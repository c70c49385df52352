// What keeps a queue from being deleted: workstreams that fall back to it and routing rules that
// route to it (both are onDelete: Restrict). Pure, so the confirmation in the browser and the
// server's refusal describe it in the same words.
export type QueueUsage = {
  /** Names of the workstreams whose fallback queue this is. */
  fallbackFor: string[];
  /** Per workstream, how many of its routing rules route to this queue. */
  routedBy: { workstream: string; rules: number }[];
};

export const NO_USAGE: QueueUsage = { fallbackFor: [], routedBy: [] };

type Translate = (key: string, values?: Record<string, string | number>) => string;
type FormatList = (items: string[]) => string;

// Beyond this many names, the rest is a count: the sentence must stay readable in a dialog.
export const NAMES_SHOWN = 5;

export function isQueueInUse(usage: QueueUsage): boolean {
  return usage.fallbackFor.length > 0 || usage.routedBy.length > 0;
}

export function routingRuleCount(usage: QueueUsage): number {
  return usage.routedBy.reduce((sum, group) => sum + group.rules, 0);
}

/**
 * One sentence per reason: "Used as the fallback queue of workstream “Support”",
 * "2 routing rules of “Sales” route to it", …
 */
export function describeQueueUsage(usage: QueueUsage, t: Translate, formatList: FormatList): string[] {
  const quoted = (name: string) => t("queues.usage.quoted", { name });
  const lines: string[] = [];
  if (usage.fallbackFor.length > 0) {
    const shown = usage.fallbackFor.slice(0, NAMES_SHOWN).map(quoted);
    const rest = usage.fallbackFor.length - shown.length;
    const names = formatList(rest > 0 ? [...shown, t("queues.usage.more", { count: rest })] : shown);
    lines.push(t("queues.usage.fallback", { count: usage.fallbackFor.length, names }));
  }
  for (const group of usage.routedBy.slice(0, NAMES_SHOWN)) {
    lines.push(t("queues.usage.routingRules", { count: group.rules, workstream: quoted(group.workstream) }));
  }
  const hidden = usage.routedBy.slice(NAMES_SHOWN);
  if (hidden.length > 0) {
    lines.push(
      t("queues.usage.moreRoutingRules", { count: hidden.reduce((sum, group) => sum + group.rules, 0), workstreams: hidden.length }),
    );
  }
  return lines;
}

/** The sentences of `describeQueueUsage` as one, for a single-line message. */
export function describeQueueUsageInline(usage: QueueUsage, t: Translate, formatList: FormatList): string {
  return describeQueueUsage(usage, t, formatList).join(t("queues.usage.separator"));
}
