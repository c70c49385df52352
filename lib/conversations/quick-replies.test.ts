import { describe, expect, it } from "vitest";
import { conversationLanguage, fillQuickReply, matchQuickReplies, quickRepliesForLanguage, slashQuery } from "./quick-replies";

const replies = [
  { locale: "en-US", text: "Thanks, {AgentName} here." },
  { locale: "ja-JP", text: "お問い合わせありがとうございます。" },
  { locale: "en-GB", text: "Cheers, {AgentName}." },
  { locale: "zh-CN", text: "谢谢" },
  { locale: "zh-TW", text: "謝謝" },
  { locale: "en-US", text: "Your order ships today." },
];

describe("conversationLanguage", () => {
  it("is the conversation's own locale, else its number's default, else unknown", () => {
    expect(conversationLanguage({ locale: "ja-JP", instanceLocale: "en-US" })).toBe("ja-JP");
    expect(conversationLanguage({ locale: null, instanceLocale: "fr-FR" })).toBe("fr-FR");
    expect(conversationLanguage({ locale: " ", instanceLocale: null })).toBeNull();
  });
});

describe("quickRepliesForLanguage", () => {
  it("offers the exact locale first, then the same language in saved order, and nothing of other languages", () => {
    expect(quickRepliesForLanguage(replies, "en-US").map((reply) => reply.text)).toEqual([
      "Thanks, {AgentName} here.",
      "Your order ships today.",
      "Cheers, {AgentName}.",
    ]);
    expect(quickRepliesForLanguage(replies, "ja-JP").map((reply) => reply.locale)).toEqual(["ja-JP"]);
  });

  it("keeps Traditional and Simplified Chinese apart", () => {
    expect(quickRepliesForLanguage(replies, "zh-TW").map((reply) => reply.text)).toEqual(["謝謝"]);
    expect(quickRepliesForLanguage(replies, "zh-HK").map((reply) => reply.text)).toEqual(["謝謝"]);
  });

  it("offers every reply when the language is unknown or unreadable, and none for a language without replies", () => {
    expect(quickRepliesForLanguage(replies, null)).toHaveLength(replies.length);
    expect(quickRepliesForLanguage(replies, "not a locale!")).toHaveLength(replies.length);
    expect(quickRepliesForLanguage(replies, "de-DE")).toEqual([]);
  });
});

describe("fillQuickReply", () => {
  it("fills the known placeholders", () => {
    expect(
      fillQuickReply("Hi, {AgentName} from {QueueName} here. Is {CustomerNumber} your number?", {
        AgentName: "Ana",
        QueueName: "Billing",
        CustomerNumber: "+1 425 555 0101",
      }),
    ).toBe("Hi, Ana from Billing here. Is +1 425 555 0101 your number?");
  });

  it("drops a placeholder without a value with the space it leaves, and keeps unknown braces as written", () => {
    expect(fillQuickReply("Thanks {AgentName} !", { AgentName: null })).toBe("Thanks!");
    expect(fillQuickReply("Queue {QueueName} {Unknown} {", { QueueName: "" })).toBe("Queue {Unknown} {");
    expect(fillQuickReply("Plain  text  stays", {})).toBe("Plain  text  stays");
  });
});

describe("slashQuery", () => {
  it("finds a / at the start of the text or of a word, up to the caret", () => {
    expect(slashQuery("/tha", 4)).toEqual({ start: 0, query: "tha" });
    expect(slashQuery("Hello /order ship", 17)).toEqual({ start: 6, query: "order ship" });
    expect(slashQuery("Hello\n/", 7)).toEqual({ start: 6, query: "" });
  });

  it("ignores a / inside a word, across a line break, or far behind the caret", () => {
    expect(slashQuery("and/or", 6)).toBeNull();
    expect(slashQuery("/abc\nmore", 9)).toBeNull();
    expect(slashQuery(`/${"x".repeat(41)}`, 42)).toBeNull();
    expect(slashQuery("no slash", 8)).toBeNull();
  });
});

describe("matchQuickReplies", () => {
  it("matches every typed word anywhere in the text, ignoring case and accents", () => {
    const options = [
      { locale: "fr-FR", text: "Votre commande est expédiée." },
      { locale: "fr-FR", text: "Merci !" },
    ];
    expect(matchQuickReplies(options, "EXPEDIEE commande")).toEqual([options[0]]);
    expect(matchQuickReplies(options, "")).toEqual(options);
    expect(matchQuickReplies(options, "absent")).toEqual([]);
  });
});
