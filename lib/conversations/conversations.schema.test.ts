import { afterEach, describe, expect, it, vi } from "vitest";
import {
  availableViews,
  base64ByteLength,
  conversationListQuerySchema,
  conversationsPageParamsSchema,
  defaultView,
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
    expect(conversationsPageParamsSchema.parse({ view: "nope", page: "-2" })).toEqual({ view: undefined, page: 1 });
    expect(conversationListQuerySchema.safeParse({ view: "nope" }).success).toBe(false);
    expect(conversationListQuerySchema.safeParse({ page: "0" }).success).toBe(false);
    expect(conversationListQuerySchema.parse({ view: "queues", page: "3" })).toEqual({ view: "queues", page: 3 });
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
