import { describe, expect, it } from "vitest";
import {
  AUTOMATED_MESSAGE_TRIGGERS,
  type AutomatedMessage,
  findPlaceholders,
  renderAutomatedMessage,
  resolveAutomatedMessage,
  validateAutomatedMessageText,
} from "./message-text";
import { automatedMessageTextSchema } from "./automated-messages.schema";

describe("AUTOMATED_MESSAGE_TRIGGERS", () => {
  it("lists the eleven SPEC §2 triggers once each", () => {
    expect(AUTOMATED_MESSAGE_TRIGGERS).toHaveLength(11);
    expect(new Set(AUTOMATED_MESSAGE_TRIGGERS).size).toBe(11);
    expect(AUTOMATED_MESSAGE_TRIGGERS).toContain("outOfOperatingHours");
    expect(AUTOMATED_MESSAGE_TRIGGERS).toContain("holiday");
  });
});

describe("findPlaceholders / validateAutomatedMessageText", () => {
  it("finds placeholders with their position, names being case-sensitive", () => {
    expect(findPlaceholders("Hi, {AgentName} from {QueueName}. {Agentname}")).toEqual([
      { name: "AgentName", index: 4, isKnown: true },
      { name: "QueueName", index: 21, isKnown: true },
      { name: "Agentname", index: 34, isKnown: false },
    ]);
  });

  it("accepts a good text", () => {
    expect(validateAutomatedMessageText("{AgentName} from {QueueName} has joined the conversation.")).toEqual([]);
  });

  it("reports empty, unknown placeholders and unbalanced braces", () => {
    expect(validateAutomatedMessageText("  \n ")).toEqual([{ code: "empty" }]);
    expect(validateAutomatedMessageText("Hi {Agentname}, { AgentName }")).toEqual([
      { code: "unknownPlaceholder", placeholder: "{Agentname}", index: 3 },
      { code: "unknownPlaceholder", placeholder: "{ AgentName }", index: 16 },
    ]);
    expect(validateAutomatedMessageText("Hi {AgentName")).toEqual([{ code: "unbalancedBrace", index: 3 }]);
    expect(validateAutomatedMessageText("Hi AgentName} and {{QueueName}}")).toEqual([
      { code: "unbalancedBrace", index: 12 },
      { code: "unbalancedBrace", index: 18 },
      { code: "unbalancedBrace", index: 30 },
    ]);
  });

  it("limits length to 1,600 user-perceived characters", () => {
    expect(validateAutomatedMessageText("👍🏽".repeat(1600))).toEqual([]);
    expect(validateAutomatedMessageText("a".repeat(1601))).toEqual([{ code: "tooLong", characters: 1601, max: 1600 }]);
  });

  it("turns problems into catalog keys for forms", () => {
    const result = automatedMessageTextSchema.safeParse("{Agentname} {Queuename} {");
    expect(result.success ? [] : result.error.issues.map((issue) => issue.message)).toEqual([
      "validation.automatedMessage.unknownPlaceholder",
      "validation.automatedMessage.unbalancedBrace",
    ]);
    expect(automatedMessageTextSchema.safeParse("").error?.issues.map((issue) => issue.message)).toEqual([
      "validation.automatedMessage.empty",
    ]);
  });
});

describe("renderAutomatedMessage", () => {
  it("fills the placeholders literally", () => {
    expect(renderAutomatedMessage("{AgentName} from {QueueName} joined.", { AgentName: "Aiko $&", QueueName: "Billing" })).toBe(
      "Aiko $& from Billing joined.",
    );
  });

  it("drops a placeholder without a value and the space it leaves", () => {
    expect(renderAutomatedMessage("Thanks {AgentName}!", {})).toBe("Thanks!");
    expect(renderAutomatedMessage("{AgentName} has joined.", {})).toBe("has joined.");
    expect(renderAutomatedMessage("Hi, {AgentName} here from {QueueName}.", { QueueName: "Sales" })).toBe("Hi, here from Sales.");
    expect(renderAutomatedMessage("Hi {AgentName} {QueueName} team", { AgentName: " " })).toBe("Hi team");
    expect(renderAutomatedMessage("{AgentName}が対応します", {})).toBe("が対応します");
  });

  it("leaves unknown placeholders alone", () => {
    expect(renderAutomatedMessage("Hi {Customer}", { AgentName: "Aiko" })).toBe("Hi {Customer}");
  });
});

describe("resolveAutomatedMessage", () => {
  const message = (locale: string, text: string, isActive = true): AutomatedMessage => ({ trigger: "greeting", locale, text, isActive });
  const resolve = (locale: string | null, instanceMessages: AutomatedMessage[], channelMessages: AutomatedMessage[]) =>
    resolveAutomatedMessage({ trigger: "greeting", locale, defaultLocale: "en-US", instanceMessages, channelMessages });

  it("prefers the channel-instance override over the channel message in the same locale", () => {
    expect(resolve("ja-JP", [message("ja-JP", "instance")], [message("ja-JP", "channel")])).toEqual({
      text: "instance",
      source: "instance",
      locale: "ja-JP",
    });
  });

  it("puts the customer's language before the level: the channel's Japanese beats the instance's English", () => {
    expect(resolve("ja-JP", [message("en-US", "Hello")], [message("ja-JP", "こんにちは")])).toEqual({
      text: "こんにちは",
      source: "channel",
      locale: "ja-JP",
    });
  });

  it("falls back from the exact locale to the same language, the bare language first", () => {
    expect(resolve("ja-JP", [], [message("ja-XX", "regional"), message("ja", "bare"), message("en-US", "default")])).toMatchObject({
      text: "bare",
      locale: "ja",
    });
    expect(resolve("ja", [], [message("ja-JP", "regional"), message("en-US", "default")])).toMatchObject({ text: "regional" });
    expect(resolve("fr-CA", [message("fr-FR", "Bonjour")], [message("fr-CA", "Allô")])).toMatchObject({ text: "Allô", source: "channel" });
  });

  it("never gives a Traditional Chinese customer Simplified Chinese", () => {
    expect(resolve("zh-TW", [], [message("zh-CN", "简体"), message("zh-HK", "繁體"), message("en-US", "Hello")])).toMatchObject({
      text: "繁體",
    });
    expect(resolve("zh-TW", [], [message("zh-CN", "简体"), message("en-US", "Hello")])).toMatchObject({ text: "Hello", locale: "en-US" });
  });

  it("then the default locale; none when nothing fits", () => {
    expect(resolve("de-DE", [], [message("en-US", "Hello")])).toEqual({ text: "Hello", source: "channel", locale: "en-US" });
    expect(resolve(null, [message("en-GB", "Hello")], [])).toMatchObject({ text: "Hello", source: "instance" });
    expect(resolve("de-DE", [], [message("fr-FR", "Bonjour")])).toBeNull();
  });

  it("skips inactive messages: an inactive override falls through to the channel level", () => {
    expect(resolve("ja-JP", [message("ja-JP", "off", false)], [message("ja-JP", "channel")])).toMatchObject({
      text: "channel",
      source: "channel",
    });
    expect(resolve("ja-JP", [message("ja-JP", "off", false)], [message("ja-JP", "off too", false)])).toBeNull();
  });

  it("only answers for the asked trigger, matching locales case- and separator-insensitively", () => {
    const holiday: AutomatedMessage = { trigger: "holiday", locale: "en-US", text: "Closed today", isActive: true };
    expect(resolve("en-US", [holiday], [])).toBeNull();
    expect(resolve("EN_us", [], [message("en-US", "Hello")])).toMatchObject({ text: "Hello" });
  });
});
