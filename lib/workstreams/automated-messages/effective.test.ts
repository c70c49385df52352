import { describe, expect, it } from "vitest";
import { effectiveMessagesFor, instanceMessagesHref, messagesOfLevel, type StoredAutomatedMessage } from "./effective";

const message = (overrides: Partial<StoredAutomatedMessage>): StoredAutomatedMessage => ({
  trigger: "greeting",
  locale: "en-US",
  text: "Hello",
  isActive: true,
  channelInstanceId: null,
  ...overrides,
});

const greeting = (entries: ReturnType<typeof effectiveMessagesFor>) => entries.find((entry) => entry.trigger === "greeting");

describe("effectiveMessagesFor", () => {
  it("lists every trigger in the SPEC's order, not sent when there is no message", () => {
    const entries = effectiveMessagesFor({ defaultLocale: "en-US", channelMessages: [], instanceMessages: [] });
    expect(entries.map((entry) => entry.trigger)).toEqual([
      "greeting",
      "agentAssigned",
      "agentNotAssigned",
      "agentJoined",
      "agentEndedConversation",
      "customerNextInLine",
      "customerQueuePosition",
      "sessionEnded",
      "transferAccepted",
      "outOfOperatingHours",
      "holiday",
    ]);
    expect(entries.every((entry) => entry.resolved === null && !entry.hasInactiveOverride)).toBe(true);
  });

  it("uses the channel's message, then the number's override once there is one", () => {
    const channelMessages = [message({ text: "Channel hello" })];
    expect(greeting(effectiveMessagesFor({ defaultLocale: "en-US", channelMessages, instanceMessages: [] }))?.resolved).toEqual({
      text: "Channel hello",
      source: "channel",
      locale: "en-US",
    });
    const instanceMessages = [message({ text: "Number hello", channelInstanceId: "i1" })];
    expect(greeting(effectiveMessagesFor({ defaultLocale: "en-US", channelMessages, instanceMessages }))?.resolved).toEqual({
      text: "Number hello",
      source: "instance",
      locale: "en-US",
    });
  });

  it("falls back to the channel when the override is off, and says so", () => {
    const entry = greeting(
      effectiveMessagesFor({
        defaultLocale: "en-US",
        channelMessages: [message({ text: "Channel hello" })],
        instanceMessages: [message({ text: "Number hello", isActive: false, channelInstanceId: "i1" })],
      }),
    );
    expect(entry).toMatchObject({ resolved: { source: "channel", text: "Channel hello" }, hasInactiveOverride: true });
    const none = greeting(
      effectiveMessagesFor({
        defaultLocale: "en-US",
        channelMessages: [],
        instanceMessages: [message({ isActive: false, channelInstanceId: "i1" })],
      }),
    );
    expect(none).toMatchObject({ resolved: null, hasInactiveOverride: true });
  });

  it("resolves in the number's default language: an override in another language doesn't apply", () => {
    const entry = greeting(
      effectiveMessagesFor({
        defaultLocale: "ja-JP",
        channelMessages: [message({ locale: "ja-JP", text: "こんにちは" })],
        instanceMessages: [
          message({ locale: "en-US", text: "Hello", channelInstanceId: "i1" }),
          message({ locale: "fr-FR", isActive: false, channelInstanceId: "i1" }),
        ],
      }),
    );
    expect(entry).toMatchObject({ resolved: { source: "channel", locale: "ja-JP" }, hasInactiveOverride: false });
  });

  it("ignores stored triggers it doesn't know", () => {
    const entries = effectiveMessagesFor({
      defaultLocale: "en-US",
      channelMessages: [message({ trigger: "legacy" })],
      instanceMessages: [],
    });
    expect(entries).toHaveLength(11);
    expect(entries.every((entry) => entry.resolved === null)).toBe(true);
  });
});

describe("messagesOfLevel / instanceMessagesHref", () => {
  it("splits the channel's messages from a number's", () => {
    const rows = [message({ text: "a" }), message({ text: "b", channelInstanceId: "i1" }), message({ text: "c", channelInstanceId: "i2" })];
    expect(messagesOfLevel(rows, null).map((row) => row.text)).toEqual(["a"]);
    expect(messagesOfLevel(rows, "i1").map((row) => row.text)).toEqual(["b"]);
  });

  it("links to a number's messages page", () => {
    expect(instanceMessagesHref("w1", "i1")).toBe("/workstreams/w1/channels/i1/messages");
  });
});
