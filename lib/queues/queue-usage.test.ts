import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeQueueUsage, describeQueueUsageInline, isQueueInUse, NO_USAGE, routingRuleCount } from "./queue-usage";

// The English catalog entries (messages/en.json → queues.usage), inlined so the test stands alone.
const messages = {
  queues: {
    usage: {
      quoted: "“{name}”",
      more: "{count, plural, one {# more} other {# more}}",
      fallback: "Used as the fallback queue of {count, plural, one {workstream} other {workstreams}} {names}",
      routingRules:
        "{count, plural, one {# routing rule of {workstream} routes to it} other {# routing rules of {workstream} route to it}}",
      moreRoutingRules:
        "{count, plural, one {# routing rule of another workstream routes to it} other {# routing rules of {workstreams, plural, one {# other workstream} other {# other workstreams}} route to it}}",
      separator: "; ",
    },
  },
};
const translator = createTranslator({ locale: "en", messages });
const t = (key: string, values?: Record<string, string | number>) => translator(key as never, values as never);
const formatList = (items: string[]) => new Intl.ListFormat("en", { type: "conjunction" }).format(items);

describe("isQueueInUse", () => {
  it("is false only without fallbacks and rules", () => {
    expect(isQueueInUse(NO_USAGE)).toBe(false);
    expect(isQueueInUse({ fallbackFor: ["Support"], routedBy: [] })).toBe(true);
    expect(isQueueInUse({ fallbackFor: [], routedBy: [{ workstream: "Sales", rules: 1 }] })).toBe(true);
  });

  it("counts routing rules across workstreams", () => {
    expect(
      routingRuleCount({
        fallbackFor: [],
        routedBy: [
          { workstream: "A", rules: 2 },
          { workstream: "B", rules: 3 },
        ],
      }),
    ).toBe(5);
  });
});

describe("describeQueueUsage", () => {
  it("names the workstreams and counts the rules", () => {
    const usage = { fallbackFor: ["Support"], routedBy: [{ workstream: "Sales", rules: 2 }] };
    expect(describeQueueUsageInline(usage, t, formatList)).toBe(
      "Used as the fallback queue of workstream “Support”; 2 routing rules of “Sales” route to it",
    );
  });

  it("uses the singular and plural forms", () => {
    const usage = { fallbackFor: ["A", "B"], routedBy: [{ workstream: "C", rules: 1 }] };
    expect(describeQueueUsage(usage, t, formatList)).toEqual([
      "Used as the fallback queue of workstreams “A” and “B”",
      "1 routing rule of “C” routes to it",
    ]);
  });

  it("says nothing when the queue is unused", () => {
    expect(describeQueueUsage(NO_USAGE, t, formatList)).toEqual([]);
  });

  it("keeps long lists short", () => {
    const usage = {
      fallbackFor: ["A", "B", "C", "D", "E", "F", "G"],
      routedBy: ["P", "Q", "R", "S", "T", "U", "V"].map((workstream) => ({ workstream, rules: 2 })),
    };
    const lines = describeQueueUsage(usage, t, formatList);
    expect(lines[0]).toBe("Used as the fallback queue of workstreams “A”, “B”, “C”, “D”, “E”, and 2 more");
    expect(lines).toHaveLength(1 + 5 + 1);
    expect(lines.at(-1)).toBe("4 routing rules of 2 other workstreams route to it");
    expect(
      describeQueueUsage({ fallbackFor: [], routedBy: [...usage.routedBy.slice(0, 5), { workstream: "Z", rules: 1 }] }, t, formatList).at(
        -1,
      ),
    ).toBe("1 routing rule of another workstream routes to it");
  });
});
