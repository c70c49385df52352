import { describe, expect, it } from "vitest";
import {
  checkAttachments,
  composerMode,
  conversationActions,
  deliveryErrorKey,
  fileExtension,
  fileSizeParts,
  isInlineImage,
  isUnread,
  isWindowClosingSoon,
  safeContentType,
  parseAllowedFileTypes,
  parseTemplateExamples,
  windowCountdown,
} from "./conversation-view";
import { contentTypeFor, isAllowedInboundType } from "./content-types";

const MB = 1024 * 1024;
const minutes = (n: number) => n * 60_000;

describe("isUnread", () => {
  it("is unread when the customer wrote and the user never opened it", () => {
    expect(isUnread("2026-05-03T12:00:00Z", null)).toBe(true);
  });

  it("is unread when the customer wrote after the user last read it", () => {
    expect(isUnread(new Date("2026-05-03T12:00:01Z"), new Date("2026-05-03T12:00:00Z"))).toBe(true);
  });

  it("is read when the user read it at or after the latest inbound message", () => {
    expect(isUnread("2026-05-03T12:00:00Z", "2026-05-03T12:00:00Z")).toBe(false);
    expect(isUnread("2026-05-03T12:00:00Z", "2026-05-03T12:05:00Z")).toBe(false);
  });

  it("is never unread without an inbound message (a conversation we started)", () => {
    expect(isUnread(null, null)).toBe(false);
  });
});

describe("windowCountdown", () => {
  it("counts whole hours and minutes, rounding down", () => {
    expect(windowCountdown(minutes(23 * 60 + 10) + 59_999)).toEqual({ kind: "hours", hours: 23, minutes: 10 });
    expect(windowCountdown(minutes(24 * 60))).toEqual({ kind: "hours", hours: 24, minutes: 0 });
  });

  it("drops the hours under an hour", () => {
    expect(windowCountdown(minutes(59))).toEqual({ kind: "minutes", minutes: 59 });
  });

  it("says less than a minute rather than 0 min", () => {
    expect(windowCountdown(59_999)).toEqual({ kind: "underMinute" });
    expect(windowCountdown(1)).toEqual({ kind: "underMinute" });
  });

  it("is closed at zero, below zero and for nonsense", () => {
    expect(windowCountdown(0)).toEqual({ kind: "closed" });
    expect(windowCountdown(-5)).toEqual({ kind: "closed" });
    expect(windowCountdown(Number.NaN)).toEqual({ kind: "closed" });
  });

  it("warns in the last hour only", () => {
    expect(isWindowClosingSoon(minutes(59))).toBe(true);
    expect(isWindowClosingSoon(minutes(60))).toBe(false);
    expect(isWindowClosingSoon(0)).toBe(false);
  });
});

describe("deliveryErrorKey", () => {
  it.each([
    ["TWILIO", "21610"],
    ["TWILIO", "21211"],
    ["TWILIO", "21614"],
    ["TWILIO", "30003"],
    ["TWILIO", "30005"],
    ["TWILIO", "30006"],
    ["TWILIO", "30007"],
    ["TWILIO", "30008"],
    ["TWILIO", "63016"],
    ["TELESIGN", "207"],
    ["TELESIGN", "211"],
    ["TELESIGN", "220"],
    ["TELESIGN", "221"],
    ["TELESIGN", "229"],
    ["TELESIGN", "230"],
    ["TELESIGN", "231"],
  ])("explains %s %s", (provider, code) => {
    expect(deliveryErrorKey(provider, code)).toBe(`conversations.deliveryErrors.${provider}.${code}`);
  });

  it("has nothing for unknown codes, missing codes and the other provider's codes", () => {
    expect(deliveryErrorKey("TWILIO", "12345")).toBeNull();
    expect(deliveryErrorKey("TWILIO", null)).toBeNull();
    expect(deliveryErrorKey("TELESIGN", "21610")).toBeNull();
    expect(deliveryErrorKey("TWILIO", "207")).toBeNull();
    expect(deliveryErrorKey("OTHER", "207")).toBeNull();
  });

  it("tolerates spaces around the stored code", () => {
    expect(deliveryErrorKey("TWILIO", " 30007 ")).toBe("conversations.deliveryErrors.TWILIO.30007");
  });
});

describe("attachments", () => {
  const rules = { allowedTypes: [".jpg", ".png", ".pdf"], maxMb: 5 };

  it("reads extensions case-insensitively and only after the last dot", () => {
    expect(fileExtension("Photo.JPG")).toBe(".jpg");
    expect(fileExtension("archive.tar.pdf")).toBe(".pdf");
    expect(fileExtension("README")).toBe("");
    expect(fileExtension(".env")).toBe("");
    expect(fileExtension("trailing.")).toBe("");
  });

  it("accepts allowed files within the size limit", () => {
    expect(
      checkAttachments(
        [
          { name: "a.jpg", size: 5 * MB },
          { name: "b.PDF", size: 10 },
        ],
        rules,
      ),
    ).toEqual([]);
  });

  it("refuses other types, oversized and empty files, naming each", () => {
    expect(
      checkAttachments(
        [
          { name: "a.gif", size: 10 },
          { name: "b.png", size: 5 * MB + 1 },
          { name: "c.pdf", size: 0 },
        ],
        rules,
      ),
    ).toEqual([
      { code: "type", fileName: "a.gif" },
      { code: "tooLarge", fileName: "b.png" },
      { code: "emptyFile", fileName: "c.pdf" },
    ]);
  });

  it("refuses more than five files", () => {
    const files = Array.from({ length: 6 }, (_, i) => ({ name: `${i}.jpg`, size: 10 }));
    expect(checkAttachments(files, rules)).toEqual([{ code: "tooMany" }]);
  });

  it("refuses files that together pass 25 MB", () => {
    const files = Array.from({ length: 3 }, (_, i) => ({ name: `${i}.jpg`, size: 9 * MB }));
    expect(checkAttachments(files, { ...rules, maxMb: 10 })).toEqual([{ code: "totalTooLarge" }]);
  });

  it("allows any type when the channel lists none, as the server does", () => {
    expect(checkAttachments([{ name: "notes.txt", size: 10 }], { allowedTypes: [], maxMb: 5 })).toEqual([]);
  });

  it("parses the channel's stored list, with or without dots", () => {
    expect(parseAllowedFileTypes('[".jpg","PNG",3]')).toEqual([".jpg", ".png"]);
    expect(parseAllowedFileTypes("not json")).toEqual([]);
    expect(parseAllowedFileTypes('{"a":1}')).toEqual([]);
    expect(parseAllowedFileTypes(null)).toEqual([]);
  });

  it("sends the type the extension stands for, even when the browser gave none", () => {
    expect(contentTypeFor("voice.amr", "")).toBe("audio/amr");
    expect(contentTypeFor("photo.JPEG", "image/pjpeg")).toBe("image/jpeg");
    expect(contentTypeFor("x.bin", "")).toBe("application/octet-stream");
    expect(contentTypeFor("x.txt", "text/plain")).toBe("text/plain");
  });

  it("accepts an inbound file when its type is one of the channel's extensions", () => {
    expect(isAllowedInboundType("audio/ogg; codecs=opus", [".oga"])).toBe(true);
    expect(isAllowedInboundType("IMAGE/JPEG", [".png", ".jpg"])).toBe(true);
    expect(isAllowedInboundType("application/pdf", [".jpg"])).toBe(false);
    expect(isAllowedInboundType("application/pdf", [])).toBe(true);
  });

  it("sizes files in the largest sensible unit", () => {
    expect(fileSizeParts(512)).toEqual({ value: 512, unit: "byte" });
    expect(fileSizeParts(1536)).toEqual({ value: 2, unit: "kilobyte" });
    expect(fileSizeParts(2.46 * MB)).toEqual({ value: 2.5, unit: "megabyte" });
  });
});

describe("serving attachments", () => {
  it("shows raster images inline, never SVG", () => {
    expect(isInlineImage("image/jpeg")).toBe(true);
    expect(isInlineImage("IMAGE/PNG; charset=binary")).toBe(true);
    expect(isInlineImage("image/svg+xml")).toBe(false);
    expect(isInlineImage("application/pdf")).toBe(false);
  });

  it("serves only well-formed content types", () => {
    expect(safeContentType("Image/JPEG")).toBe("image/jpeg");
    expect(safeContentType("text/csv; charset=utf-8")).toBe("text/csv; charset=utf-8");
    expect(safeContentType("text/html\r\nSet-Cookie: a=b")).toBe("application/octet-stream");
    expect(safeContentType("")).toBe("application/octet-stream");
    expect(safeContentType(null)).toBe("application/octet-stream");
  });
});

describe("composerMode", () => {
  const base = {
    canHandle: true,
    isAgent: true,
    isOpen: true,
    assignedToId: "me",
    userId: "me",
    isOptedOut: false,
    isWhatsApp: false,
    isWindowOpen: true,
  };

  it("offers free text to the assigned agent, and on unassigned conversations (a reply takes them)", () => {
    expect(composerMode(base)).toBe("freeText");
    expect(composerMode({ ...base, assignedToId: null })).toBe("freeText");
  });

  it("lets viewers only read", () => {
    expect(composerMode({ ...base, canHandle: false })).toBe("readOnly");
  });

  it("offers nothing on a resolved conversation", () => {
    expect(composerMode({ ...base, isOpen: false, isOptedOut: true })).toBe("resolved");
  });

  it("blocks opted-out customers before anything else", () => {
    expect(composerMode({ ...base, isOptedOut: true, assignedToId: "other", isWhatsApp: true, isWindowOpen: false })).toBe("optedOut");
  });

  it("keeps agents out of a colleague's conversation, but not supervisors", () => {
    expect(composerMode({ ...base, assignedToId: "other" })).toBe("assignedToOther");
    expect(composerMode({ ...base, isAgent: false, assignedToId: "other" })).toBe("freeText");
  });

  it("switches to templates once the WhatsApp window has closed", () => {
    expect(composerMode({ ...base, isWhatsApp: true, isWindowOpen: false })).toBe("templateOnly");
    expect(composerMode({ ...base, isWhatsApp: true, isWindowOpen: true })).toBe("freeText");
    expect(composerMode({ ...base, isWhatsApp: false, isWindowOpen: false })).toBe("freeText");
  });
});

describe("conversationActions", () => {
  const base = { canHandle: true, isAgent: true, isOpen: true, assignedToId: null as string | null, userId: "me" };

  it("lets anyone who handles conversations take an unassigned open one", () => {
    expect(conversationActions(base)).toEqual({ canTake: true, canClose: true, canTransfer: true, canReopen: false });
  });

  it("lets agents close only their own; supervisors close any", () => {
    expect(conversationActions({ ...base, assignedToId: "other" }).canClose).toBe(false);
    expect(conversationActions({ ...base, assignedToId: "me" }).canClose).toBe(true);
    expect(conversationActions({ ...base, isAgent: false, assignedToId: "other" }).canClose).toBe(true);
  });

  it("lets agents transfer their own and unassigned ones; supervisors any open one", () => {
    expect(conversationActions({ ...base, assignedToId: "other" }).canTransfer).toBe(false);
    expect(conversationActions({ ...base, assignedToId: "me" }).canTransfer).toBe(true);
    expect(conversationActions({ ...base, isAgent: false, assignedToId: "other" }).canTransfer).toBe(true);
  });

  it("offers Reopen on resolved conversations only, and nothing to viewers", () => {
    expect(conversationActions({ ...base, isOpen: false })).toEqual({
      canTake: false,
      canClose: false,
      canTransfer: false,
      canReopen: true,
    });
    expect(conversationActions({ ...base, canHandle: false })).toEqual({
      canTake: false,
      canClose: false,
      canTransfer: false,
      canReopen: false,
    });
  });
});

describe("small parsers", () => {
  it("reads template examples, ignoring what isn't text", () => {
    expect(parseTemplateExamples('{"1":"Ada","2":3}')).toEqual({ "1": "Ada" });
    expect(parseTemplateExamples("[]")).toEqual({});
    expect(parseTemplateExamples("oops")).toEqual({});
  });
});
