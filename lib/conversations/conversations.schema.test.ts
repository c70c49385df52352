import { afterEach, describe, expect, it, vi } from "vitest";
import {
  availableViews,
  base64ByteLength,
  conversationListQuerySchema,
  conversationsPageParamsSchema,
  defaultView,
  hasFilters,
  sendReplySchema,
  sendTemplateSchema,
} from "./conversations.schema";

const issueMessages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

describe("dashboard views", () => {
  it("gives Mine to those who handle conversations only", () => {
    expect(availableViews("AGENT")).toEqual(["mine", "queues", "all", "resolved"]);
    expect(availableViews("ADMINISTRATOR")).toEqual(["mine", "queues", "all", "resolved"]);
    expect(availableViews("VIEWER")).toEqual(["queues", "all", "resolved"]);
    expect(defaultView("AGENT")).toBe("mine");
    expect(defaultView("VIEWER")).toBe("all");
  });

  it("is lenient in the page URL and strict in the API", () => {
    expect(conversationsPageParamsSchema.parse({ view: "nope", older: "x", channel: "FAX", from: "2026-13-45" })).toEqual({
      view: undefined,
      older: undefined,
      newer: undefined,
      filters: {},
    });
    expect(conversationListQuerySchema.safeParse({ view: "nope" }).success).toBe(false);
    expect(conversationListQuerySchema.safeParse({ older: "12:abc", newer: "13:abc" }).success).toBe(false);
    expect(conversationListQuerySchema.safeParse({ channel: "FAX" }).success).toBe(false);
    expect(conversationListQuerySchema.parse({ view: "queues", older: "1767225600000:ck1" })).toEqual({
      view: "queues",
      older: { at: new Date("2026-01-01T00:00:00.000Z"), id: "ck1" },
      newer: undefined,
      filters: {},
    });
  });

  it("reads empty fields and the selects' 'all' as no filter, and refuses a reversed date range", () => {
    const parsed = conversationListQuerySchema.parse({
      q: " ",
      text: "",
      channel: "all",
      status: "resolved",
      queueId: "",
      from: "2026-01-02",
    });
    expect(parsed.filters).toEqual({ status: "resolved", from: "2026-01-02" });
    expect(hasFilters(parsed.filters)).toBe(true);
    expect(hasFilters(conversationListQuerySchema.parse({ channel: "all" }).filters)).toBe(false);
    expect(issueMessages(conversationListQuerySchema.safeParse({ from: "2026-02-01", to: "2026-01-31" }))).toEqual([
      "to:validation.conversations.dateOrder",
    ]);
    // The page drops a reversed range rather than failing.
    expect(conversationsPageParamsSchema.parse({ q: "+1 425", from: "2026-02-01", to: "2026-01-31" }).filters).toEqual({ q: "+1 425" });
  });
});

describe("sendReplySchema", () => {
  const file = { fileName: "a.png", contentType: "image/png", dataBase64: "aGVsbG8=" };

  it("needs text or a file", () => {
    expect(issueMessages(sendReplySchema.safeParse({ conversationId: "c1", body: "  " }))).toEqual(["body:validation.conversations.empty"]);
    expect(sendReplySchema.safeParse({ conversationId: "c1", body: "", attachments: [file] }).success).toBe(true);
  });

  it("refuses more than 1,600 characters, counted as the customer sees them", () => {
    expect(issueMessages(sendReplySchema.safeParse({ conversationId: "c1", body: "a".repeat(1601) }))).toEqual([
      "body:validation.conversations.bodyTooLong",
    ]);
    expect(sendReplySchema.safeParse({ conversationId: "c1", body: "👍🏽".repeat(1600) }).success).toBe(true);
  });

  describe("a huge reply", () => {
    afterEach(() => vi.restoreAllMocks());

    it("is refused as too long on its field without counting a single character", () => {
      const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
      const result = sendReplySchema.safeParse({ conversationId: "c1", body: "a".repeat(1_000_000), attachments: [] });
      expect(issueMessages(result)).toEqual(["body:validation.conversations.bodyTooLong"]);
      expect(segment).not.toHaveBeenCalled();
    });
  });

  it("refuses more than five files and anything that isn't base64", () => {
    expect(issueMessages(sendReplySchema.safeParse({ conversationId: "c1", body: "", attachments: Array(6).fill(file) }))).toContain(
      "attachments:validation.conversations.tooManyAttachments",
    );
    expect(
      sendReplySchema.safeParse({ conversationId: "c1", body: "", attachments: [{ ...file, dataBase64: "not base64!" }] }).success,
    ).toBe(false);
  });

  it("computes decoded sizes from base64 lengths", () => {
    expect(base64ByteLength(Buffer.from("hello").toString("base64"))).toBe(5);
    expect(base64ByteLength(Buffer.from("hell").toString("base64"))).toBe(4);
    expect(base64ByteLength(Buffer.from("hel").toString("base64"))).toBe(3);
  });
});

describe("sendTemplateSchema", () => {
  it("needs a template and a value for each variable given", () => {
    expect(issueMessages(sendTemplateSchema.safeParse({ conversationId: "c1", templateId: "", variables: {} }))).toEqual([
      "templateId:validation.conversations.templateRequired",
    ]);
    expect(issueMessages(sendTemplateSchema.safeParse({ conversationId: "c1", templateId: "t1", variables: { "1": " " } }))).toEqual([
      "variables.1:validation.conversations.variableRequired",
    ]);
    expect(sendTemplateSchema.safeParse({ conversationId: "c1", templateId: "t1", variables: { "1": "Ada" } }).success).toBe(true);
  });
});
