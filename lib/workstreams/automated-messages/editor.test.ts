import { describe, expect, it } from "vitest";
import {
  countPreviewSegments,
  insertAtSelection,
  localeDisplayName,
  previewAutomatedMessage,
  sortAutomatedMessages,
  suggestPlaceholder,
  visibleCharacter,
} from "./editor";

describe("previewAutomatedMessage / countPreviewSegments", () => {
  it("fills the placeholders with the sample values", () => {
    expect(previewAutomatedMessage("{AgentName} from {QueueName} has joined.")).toBe("Alex from Support has joined.");
  });

  it("counts what the customer receives: the braces of a placeholder cost nothing", () => {
    const count = countPreviewSegments("Hi, I'm {AgentName}.");
    expect(count).toMatchObject({ encoding: "GSM-7", characters: "Hi, I'm Alex.".length, segments: 1, perSegment: 160 });
  });

  it("reports the characters that force UCS-2", () => {
    expect(countPreviewSegments("{QueueName}の営業時間外です。")).toMatchObject({ encoding: "UCS-2", segments: 1, perSegment: 70 });
    expect(countPreviewSegments("Café ✓").ucs2Characters).toEqual(["✓"]);
  });
});

describe("sortAutomatedMessages", () => {
  it("orders by the SPEC's trigger order, then locale, unknown triggers last", () => {
    const rows = [
      { trigger: "holiday", locale: "en-US" },
      { trigger: "legacy", locale: "en-US" },
      { trigger: "greeting", locale: "ja-JP" },
      { trigger: "greeting", locale: "en-US" },
    ];
    expect(sortAutomatedMessages(rows).map((row) => `${row.trigger}/${row.locale}`)).toEqual([
      "greeting/en-US",
      "greeting/ja-JP",
      "holiday/en-US",
      "legacy/en-US",
    ]);
  });
});

describe("insertAtSelection", () => {
  it("inserts at the caret or replaces the selection", () => {
    expect(insertAtSelection("Hi !", "{AgentName}", 3, 3)).toEqual({ text: "Hi {AgentName}!", caret: 14 });
    expect(insertAtSelection("Hi Bob!", "{AgentName}", 3, 6)).toEqual({ text: "Hi {AgentName}!", caret: 14 });
    expect(insertAtSelection("Hi", "{QueueName}", 99, 99)).toEqual({ text: "Hi{QueueName}", caret: 13 });
  });
});

describe("suggestPlaceholder", () => {
  it("finds the placeholder a misspelling means, or none", () => {
    expect(suggestPlaceholder("Agentname")).toBe("AgentName");
    expect(suggestPlaceholder(" queue_name ")).toBe("QueueName");
    expect(suggestPlaceholder("Customer")).toBeNull();
  });
});

describe("visibleCharacter", () => {
  it("names invisible characters by code point", () => {
    expect(visibleCharacter("é")).toBe("é");
    expect(visibleCharacter("\u00a0")).toBe("U+00A0");
    expect(visibleCharacter("\u200d")).toBe("U+200D");
  });
});

describe("localeDisplayName", () => {
  it("names a locale in the admin's language, or falls back to the code", () => {
    expect(localeDisplayName("ja-JP", "en")).toBe("Japanese (Japan)");
    expect(localeDisplayName("not a locale", "en")).toBe("not a locale");
  });
});
