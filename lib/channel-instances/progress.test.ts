import { describe, expect, it } from "vitest";
import { behavioursStepSchema, FILE_TYPES_BY_CHANNEL, featuresStepSchema, isHttpsUrl, surveyText } from "./channel-instances.schema";
import { firstIncompleteSection, parseFileTypes, type SetupState } from "./progress";

const draft: SetupState = {
  channel: "SMS",
  defaultLocale: "en-US",
  useOperatingHours: false,
  operatingHoursId: null,
  surveyEnabled: false,
  surveyMessage: null,
  surveyLink: null,
  attachmentsEnabled: false,
  customersCanSend: false,
  agentsCanSend: false,
  maxAttachmentMb: 5,
  allowedFileTypes: [...FILE_TYPES_BY_CHANNEL.SMS],
};

describe("file types per channel (SPEC §2)", () => {
  it("lists the SMS outbound types, and WhatsApp's without .gif and .csv", () => {
    expect(FILE_TYPES_BY_CHANNEL.SMS).toEqual([".jpg", ".jpeg", ".gif", ".png", ".mp3", ".oga", ".ogg", ".amr", ".mp4", ".pdf", ".csv"]);
    expect(FILE_TYPES_BY_CHANNEL.WHATSAPP).toEqual([".jpg", ".jpeg", ".png", ".mp3", ".oga", ".ogg", ".amr", ".mp4", ".pdf"]);
  });
});

describe("firstIncompleteSection", () => {
  it("lets a fresh draft (number chosen, defaults elsewhere) reach the summary", () => {
    expect(firstIncompleteSection(draft)).toBeNull();
  });

  it("stops at the language step for an unknown locale", () => {
    expect(firstIncompleteSection({ ...draft, defaultLocale: "xx-XX" })).toBe("language");
  });

  it("stops at behaviours when operating hours are on without a record (e.g. the record was deleted)", () => {
    expect(firstIncompleteSection({ ...draft, useOperatingHours: true, operatingHoursId: null })).toBe("behaviours");
    expect(firstIncompleteSection({ ...draft, useOperatingHours: true, operatingHoursId: "oh1" })).toBeNull();
  });

  it("stops at behaviours when the survey is on without its text or link", () => {
    expect(firstIncompleteSection({ ...draft, surveyEnabled: true, surveyMessage: "How did we do?", surveyLink: null })).toBe("behaviours");
    expect(
      firstIncompleteSection({ ...draft, surveyEnabled: true, surveyMessage: "How did we do?", surveyLink: "https://example.com/s" }),
    ).toBeNull();
  });

  it("stops at features when attachments are on but nobody may send, or agents may send no type", () => {
    expect(firstIncompleteSection({ ...draft, attachmentsEnabled: true })).toBe("features");
    expect(firstIncompleteSection({ ...draft, attachmentsEnabled: true, agentsCanSend: true, allowedFileTypes: [] })).toBe("features");
    expect(firstIncompleteSection({ ...draft, attachmentsEnabled: true, agentsCanSend: true })).toBeNull();
  });

  it("refuses a type the channel doesn't allow", () => {
    const whatsapp = { ...draft, channel: "WHATSAPP" as const, attachmentsEnabled: true, agentsCanSend: true };
    expect(firstIncompleteSection({ ...whatsapp, allowedFileTypes: [".gif"] })).toBe("features");
    expect(firstIncompleteSection({ ...whatsapp, allowedFileTypes: [".pdf"] })).toBeNull();
  });
});

describe("behavioursStepSchema", () => {
  const base = {
    instanceId: "i",
    useOperatingHours: false,
    operatingHoursId: "",
    surveyEnabled: true,
    surveyMessage: "Rate us",
    surveyLink: "https://example.com/survey",
  };
  const problems = (input: typeof base) => {
    const result = behavioursStepSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
  };

  it("needs an https link and counts it towards 1,600 characters", () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, surveyLink: "http://example.com/survey" })).toEqual(["surveyLink:validation.channelSetup.surveyLinkHttps"]);
    expect(problems({ ...base, surveyLink: "" })).toEqual(["surveyLink:validation.channelSetup.surveyLinkRequired"]);
    const link = base.surveyLink;
    expect(problems({ ...base, surveyMessage: "a".repeat(1600 - link.length - 1) })).toEqual([]);
    expect(problems({ ...base, surveyMessage: "a".repeat(1600 - link.length) })).toEqual([
      "surveyMessage:validation.channelSetup.surveyTooLong",
    ]);
  });

  it("needs a record when operating hours are on", () => {
    expect(problems({ ...base, useOperatingHours: true })).toEqual(["operatingHoursId:validation.channelSetup.operatingHoursRequired"]);
  });
});

describe("featuresStepSchema", () => {
  const base = {
    instanceId: "i",
    attachmentsEnabled: true,
    customersCanSend: false,
    agentsCanSend: true,
    maxAttachmentMb: 5,
    allowedFileTypes: [".pdf" as const],
  };
  it("bounds the size limit to whole megabytes from 1 to 25, only while attachments are on", () => {
    const schema = featuresStepSchema("SMS");
    expect(schema.safeParse({ ...base, maxAttachmentMb: 25 }).success).toBe(true);
    expect(schema.safeParse({ ...base, maxAttachmentMb: 26 }).success).toBe(false);
    expect(schema.safeParse({ ...base, maxAttachmentMb: 0 }).success).toBe(false);
    expect(schema.safeParse({ ...base, maxAttachmentMb: 2.5 }).success).toBe(false);
    expect(schema.safeParse({ ...base, maxAttachmentMb: Number.NaN }).success).toBe(false);
    expect(schema.safeParse({ ...base, attachmentsEnabled: false, maxAttachmentMb: Number.NaN }).success).toBe(true);
  });
});

describe("helpers", () => {
  it("appends the link on its own line", () => {
    expect(surveyText(" How did we do? ", " https://example.com/s ")).toBe("How did we do?\nhttps://example.com/s");
  });

  it("accepts only https URLs", () => {
    expect(isHttpsUrl("https://survey.example.com/a?b=1")).toBe(true);
    expect(isHttpsUrl("http://survey.example.com")).toBe(false);
    expect(isHttpsUrl("https://exa mple.com")).toBe(false);
    expect(isHttpsUrl("survey.example.com")).toBe(false);
  });

  it("reads stored file types defensively", () => {
    expect(parseFileTypes('[".pdf",".png"]')).toEqual([".pdf", ".png"]);
    expect(parseFileTypes("not json")).toEqual([]);
    expect(parseFileTypes('{"a":1}')).toEqual([]);
  });
});
