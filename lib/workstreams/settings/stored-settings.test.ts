import { describe, expect, it } from "vitest";
import { parseNotificationTemplates, parseQuickReplies } from "./stored-settings";

describe("parseQuickReplies", () => {
  it("reads the stored list", () => {
    expect(parseQuickReplies('[{"locale":"ja-JP","text":"こんにちは"}]')).toEqual([{ locale: "ja-JP", text: "こんにちは" }]);
  });

  it("leaves out what it can't read instead of failing", () => {
    expect(parseQuickReplies("not json")).toEqual([]);
    expect(parseQuickReplies('{"locale":"en-US"}')).toEqual([]);
    expect(parseQuickReplies(null)).toEqual([]);
    expect(
      parseQuickReplies('[{"locale":"xx-XX","text":"a"},{"locale":"en-US","text":""},{"locale":"en-US","text":"ok","extra":1}]'),
    ).toEqual([{ locale: "en-US", text: "ok" }]);
  });
});

describe("parseNotificationTemplates", () => {
  it("reads known events, the first of each", () => {
    const json = JSON.stringify([
      { event: "transferRequest", title: "A", body: "B" },
      { event: "transferRequest", title: "C", body: "D" },
      { event: "legacy", text: "old format" },
    ]);
    expect(parseNotificationTemplates(json)).toEqual([{ event: "transferRequest", title: "A", body: "B" }]);
  });
});
