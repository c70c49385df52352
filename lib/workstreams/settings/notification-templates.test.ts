import { describe, expect, it } from "vitest";
import { findTemplateTextProblems, renderNotificationText } from "./notification-templates";

describe("findTemplateTextProblems", () => {
  it("accepts the three placeholders and plain text", () => {
    expect(findTemplateTextProblems("New {Channel} conversation from {CustomerNumber} in {QueueName}")).toEqual([]);
    expect(findTemplateTextProblems("No placeholders at all")).toEqual([]);
  });

  it("reports unknown and misspelt placeholders, which are case-sensitive", () => {
    expect(findTemplateTextProblems("{AgentName} for {customerNumber}")).toEqual([
      { code: "unknownPlaceholder", placeholder: "{AgentName}", index: 0 },
      { code: "unknownPlaceholder", placeholder: "{customerNumber}", index: 16 },
    ]);
    expect(findTemplateTextProblems("Hi {}")).toEqual([{ code: "unknownPlaceholder", placeholder: "{}", index: 3 }]);
  });

  it("reports braces without a partner", () => {
    expect(findTemplateTextProblems("{QueueName")).toEqual([{ code: "unbalancedBrace", index: 0 }]);
    expect(findTemplateTextProblems("{{QueueName}}")).toEqual([
      { code: "unbalancedBrace", index: 0 },
      { code: "unbalancedBrace", index: 12 },
    ]);
    expect(findTemplateTextProblems("} {Channel} {")).toEqual([
      { code: "unbalancedBrace", index: 0 },
      { code: "unbalancedBrace", index: 12 },
    ]);
  });
});

describe("renderNotificationText", () => {
  it("fills known placeholders and leaves others alone", () => {
    expect(
      renderNotificationText("{CustomerNumber} in {QueueName} ({Channel}) {Other}", {
        CustomerNumber: "+14155550100",
        QueueName: "Tier 1",
      }),
    ).toBe("+14155550100 in Tier 1 () {Other}");
  });
});
