import { afterEach, describe, expect, it, vi } from "vitest";
import {
  advancedSettingsSchema,
  customNotificationTemplates,
  notificationTemplateRows,
  QUICK_REPLIES_MAX,
} from "./advanced-settings.schema";

const rows = notificationTemplateRows([]);
const valid = {
  workstreamId: "w1",
  quickReplies: [
    { locale: "ja-JP", text: " お問い合わせありがとうございます。 " },
    { locale: "en-US", text: "Thanks for reaching out!" },
  ],
  notificationTemplates: rows.map((row) =>
    row.event === "incomingConversation"
      ? { ...row, title: "New {Channel} chat", body: "{CustomerNumber} is waiting in {QueueName}." }
      : row,
  ),
};
const issues = (input: unknown) =>
  advancedSettingsSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("advancedSettingsSchema — quick replies", () => {
  it("accepts replies per locale and trims them", () => {
    expect(advancedSettingsSchema.parse(valid).quickReplies[0]).toEqual({ locale: "ja-JP", text: "お問い合わせありがとうございます。" });
  });

  it("needs a known locale and some text of at most 1,000 characters", () => {
    expect(
      issues({
        ...valid,
        quickReplies: [
          { locale: "", text: "  " },
          { locale: "en-US", text: "x".repeat(1001) },
          { locale: "en-US", text: "x".repeat(1000) },
        ],
      }),
    ).toEqual([
      ["quickReplies.0.locale", "validation.required"],
      ["quickReplies.0.text", "validation.workstreamSettings.quickReplyRequired"],
      ["quickReplies.1.text", "validation.workstreamSettings.quickReplyTooLong"],
    ]);
  });

  it("refuses the same text twice in one locale (spacing and case aside), not across locales", () => {
    const replies = [
      { locale: "en-US", text: "Thanks  for reaching out!" },
      { locale: "en-GB", text: "Thanks for reaching out!" },
      { locale: "en-US", text: "thanks for reaching out! " },
    ];
    expect(issues({ ...valid, quickReplies: replies })).toEqual([
      ["quickReplies.2.text", "validation.workstreamSettings.quickReplyDuplicate"],
    ]);
  });

  it("allows at most 100 replies", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ locale: "en-US", text: `Reply ${i}` }));
    expect(issues({ ...valid, quickReplies: many(QUICK_REPLIES_MAX) })).toEqual([]);
    expect(issues({ ...valid, quickReplies: many(QUICK_REPLIES_MAX + 1) })).toEqual([
      ["quickReplies", "validation.workstreamSettings.tooManyQuickReplies"],
    ]);
  });
});

describe("advancedSettingsSchema — notification templates", () => {
  const withIncoming = (title: string, body: string) => ({
    ...valid,
    notificationTemplates: rows.map((row) => (row.event === "incomingConversation" ? { ...row, title, body } : row)),
  });

  it("leaves an event with both fields empty to the standard notification", () => {
    expect(issues(withIncoming(" ", ""))).toEqual([]);
  });

  it("needs both a title and a body once either is filled", () => {
    expect(issues(withIncoming("New chat", ""))).toEqual([["notificationTemplates.0.body", "validation.workstreamSettings.bodyRequired"]]);
    expect(issues(withIncoming("", "Someone is waiting"))).toEqual([
      ["notificationTemplates.0.title", "validation.workstreamSettings.titleRequired"],
    ]);
  });

  it("limits titles to 100 and bodies to 500 characters", () => {
    expect(issues(withIncoming("t".repeat(101), "b".repeat(501)))).toEqual([
      ["notificationTemplates.0.title", "validation.workstreamSettings.titleTooLong"],
      ["notificationTemplates.0.body", "validation.workstreamSettings.bodyTooLong"],
    ]);
    expect(issues(withIncoming("t".repeat(100), "b".repeat(500)))).toEqual([]);
  });

  it("refuses unknown placeholders and stray braces in titles and bodies", () => {
    expect(issues(withIncoming("Chat for {AgentName}", "{CustomerNumber is waiting"))).toEqual([
      ["notificationTemplates.0.title", "validation.workstreamSettings.unknownPlaceholder"],
      ["notificationTemplates.0.body", "validation.workstreamSettings.unbalancedBrace"],
    ]);
  });

  it("refuses unknown events and the same event twice", () => {
    expect(issues({ ...valid, notificationTemplates: [{ event: "somethingElse", title: "", body: "" }] })[0]?.[0]).toBe(
      "notificationTemplates.0.event",
    );
    expect(issues({ ...valid, notificationTemplates: [rows[0], rows[0]] })).toEqual([
      ["notificationTemplates.1.event", "validation.invalid"],
    ]);
  });
});

describe("advancedSettingsSchema — huge text", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is refused as too long without counting its characters", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const huge = "x".repeat(100_000);
    expect(issues({ ...valid, quickReplies: [{ locale: "en-US", text: huge }] })).toEqual([
      ["quickReplies.0.text", "validation.workstreamSettings.quickReplyTooLong"],
    ]);
    const notificationTemplates = rows.map((row) =>
      row.event === "incomingConversation" ? { ...row, title: "New chat", body: huge } : row,
    );
    expect(issues({ ...valid, notificationTemplates })).toEqual([
      ["notificationTemplates.0.body", "validation.workstreamSettings.bodyTooLong"],
    ]);
    expect(segment).not.toHaveBeenCalled();
  });
});

describe("notification template rows", () => {
  it("gives the form one row per event, filled from what is stored", () => {
    expect(
      notificationTemplateRows([
        { event: "transferRequest", title: "T", body: "B" },
        { event: "unknown", title: "x", body: "y" },
      ]),
    ).toEqual([
      { event: "incomingConversation", title: "", body: "" },
      { event: "transferRequest", title: "T", body: "B" },
      { event: "conversationReopened", title: "", body: "" },
      { event: "customerReplied", title: "", body: "" },
    ]);
  });

  it("stores only the events with a template of their own, in event order", () => {
    expect(
      customNotificationTemplates([
        { event: "conversationReopened", title: "Back", body: "{CustomerNumber} wrote again" },
        { event: "incomingConversation", title: "", body: "" },
        { event: "transferRequest", title: "Transfer", body: "From {QueueName}" },
      ]),
    ).toEqual([
      { event: "transferRequest", title: "Transfer", body: "From {QueueName}" },
      { event: "conversationReopened", title: "Back", body: "{CustomerNumber} wrote again" },
    ]);
  });
});
