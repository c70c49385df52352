import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  checkSenderId,
  complianceSchema,
  IMPORT_NUMBER_TYPES,
  importNumberSchema,
  parseKeywords,
  STORED_NUMBER_TYPE,
} from "./import-rules";

type E164Vector = { input: string; valid: boolean; type: string | null; normalized: string | null; strictE164: boolean };
type ShortCodeVector = { input: string; fiveOrSixDigits: boolean; acceptAsUsSmsShortCode: boolean };
// Verbatim copy of shared/reference kept in test-data/ (see its README).
const vectors = JSON.parse(readFileSync(path.resolve(process.cwd(), "test-data/reference/phone-number-vectors.json"), "utf8")) as {
  e164: E164Vector[];
  usShortCodes: ShortCodeVector[];
};
const e164 = (predicate: (v: E164Vector) => boolean) => vectors.e164.filter(predicate).map((v) => v.input);
const VALID_GEOGRAPHIC = e164((v) => v.valid && v.strictE164 && v.type !== "TOLL_FREE");
const VALID_TOLL_FREE = e164((v) => v.valid && v.type === "TOLL_FREE");
const INVALID_STRICT = e164((v) => !v.valid && v.strictE164);

describe("number types", () => {
  it("maps every import type to a stored NumberType", () => {
    expect(IMPORT_NUMBER_TYPES.map((type) => STORED_NUMBER_TYPE[type])).toEqual(["LONG_CODE", "MOBILE", "TOLL_FREE", "SHORT_CODE"]);
  });
});

describe("checkSenderId: E.164 types", () => {
  it.each(VALID_GEOGRAPHIC)("accepts %s as a local or mobile number, keyed by its E.164", (input) => {
    for (const [type, stored] of [
      ["LOCAL", "LONG_CODE"],
      ["MOBILE", "MOBILE"],
    ] as const) {
      const result = checkSenderId({ type, senderId: input });
      expect(result).toMatchObject({ ok: true, number: { address: input, e164: input, type: stored } });
    }
  });

  it("fills in the number's country", () => {
    expect(checkSenderId({ type: "MOBILE", senderId: "+447400123456" })).toEqual({
      ok: true,
      number: { address: "+447400123456", e164: "+447400123456", country: "GB", type: "MOBILE" },
    });
  });

  it.each(VALID_TOLL_FREE)("accepts %s only as toll-free", (input) => {
    expect(checkSenderId({ type: "TOLL_FREE", senderId: input })).toMatchObject({
      ok: true,
      number: { address: input, country: "US", type: "TOLL_FREE" },
    });
    expect(checkSenderId({ type: "LOCAL", senderId: input })).toEqual({ ok: false, problem: "senderIdType" });
    expect(checkSenderId({ type: "MOBILE", senderId: input })).toEqual({ ok: false, problem: "senderIdType" });
  });

  it("refuses a geographic number as toll-free", () => {
    expect(checkSenderId({ type: "TOLL_FREE", senderId: "+12015550123" })).toEqual({ ok: false, problem: "senderIdType" });
    expect(checkSenderId({ type: "TOLL_FREE", senderId: "+447400123456" })).toEqual({ ok: false, problem: "senderIdType" });
  });

  it.each(INVALID_STRICT)("refuses %s, which looks like E.164 but libphonenumber says is invalid", (input) => {
    for (const type of ["LOCAL", "MOBILE", "TOLL_FREE"] as const)
      expect(checkSenderId({ type, senderId: input })).toEqual({ ok: false, problem: "senderIdFormat" });
  });

  it.each([
    "12015550123",
    "+1 201 555 0123",
    "+1-201-555-0123",
    "whatsapp:+14155238886",
    "+1234567890123456",
    "+",
    "384387",
    "+1201555012a",
  ])("refuses %j: a sender ID is + and digits only", (input) => {
    expect(checkSenderId({ type: "LOCAL", senderId: input })).toEqual({ ok: false, problem: "senderIdFormat" });
  });

  it("trims pasted spaces around the value and requires one", () => {
    expect(checkSenderId({ type: "LOCAL", senderId: "\u00A0+12015550123\u200B " })).toMatchObject({
      ok: true,
      number: { address: "+12015550123" },
    });
    expect(checkSenderId({ type: "LOCAL", senderId: "" })).toEqual({ ok: false, problem: "senderIdRequired" });
    expect(checkSenderId({ type: "TOLL_FREE", senderId: "  " })).toEqual({ ok: false, problem: "senderIdRequired" });
  });

  it("checks an optional country against the number's", () => {
    expect(checkSenderId({ type: "LOCAL", senderId: "+12015550123", country: "us" })).toMatchObject({
      ok: true,
      number: { country: "US" },
    });
    expect(checkSenderId({ type: "LOCAL", senderId: "+12015550123", country: "" })).toMatchObject({ ok: true });
    expect(checkSenderId({ type: "LOCAL", senderId: "+12015550123", country: "CA" })).toEqual({ ok: false, problem: "countryMismatch" });
    expect(checkSenderId({ type: "MOBILE", senderId: "+33612345678", country: "NL" })).toEqual({ ok: false, problem: "countryMismatch" });
    expect(checkSenderId({ type: "MOBILE", senderId: "+31612345678", country: "NL" })).toMatchObject({
      ok: true,
      number: { country: "NL" },
    });
    expect(checkSenderId({ type: "TOLL_FREE", senderId: "+18002345678", country: "GB" })).toEqual({
      ok: false,
      problem: "countryMismatch",
    });
  });
});

describe("checkSenderId: short codes", () => {
  const usVectors = vectors.usShortCodes.map((v) => [v.input, v] as const);

  it.each(usVectors)("US short code %s follows the reference verdict", (input, v) => {
    const result = checkSenderId({ type: "SHORT_CODE", senderId: input, country: "US" });
    expect(result).toEqual(
      v.acceptAsUsSmsShortCode
        ? { ok: true, number: { address: `US:${input}`, e164: null, country: "US", type: "SHORT_CODE" } }
        : { ok: false, problem: v.fiveOrSixDigits ? "usShortCodeLeadingDigit" : "senderIdFormat" },
    );
  });

  it("names the US rule when a 5–6 digit short code starts with 0 or 1", () => {
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "12345", country: "US" })).toEqual({
      ok: false,
      problem: "usShortCodeLeadingDigit",
    });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+1 012345", country: "US" })).toEqual({
      ok: false,
      problem: "usShortCodeLeadingDigit",
    });
  });

  it("applies the generic 5–6 digit rule elsewhere, keyed by country", () => {
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "12345", country: "gb" })).toEqual({
      ok: true,
      number: { address: "GB:12345", e164: null, country: "GB", type: "SHORT_CODE" },
    });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "2021", country: "GB" })).toEqual({ ok: false, problem: "senderIdFormat" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "1234567", country: "GB" })).toEqual({ ok: false, problem: "senderIdFormat" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "38 43 87", country: "US" })).toEqual({ ok: false, problem: "senderIdFormat" });
  });

  it("requires a known country", () => {
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "384387" })).toEqual({ ok: false, problem: "countryRequired" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "384387", country: "" })).toEqual({ ok: false, problem: "countryRequired" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "384387", country: "ZZ" })).toEqual({ ok: false, problem: "countryRequired" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "", country: "US" })).toEqual({ ok: false, problem: "senderIdRequired" });
  });

  it("drops the chosen country's calling code, and refuses another one", () => {
    for (const typed of ["+1384387", "+1 384387", "+1-384387"]) {
      expect(checkSenderId({ type: "SHORT_CODE", senderId: typed, country: "US" }), typed).toMatchObject({
        ok: true,
        number: { address: "US:384387" },
      });
    }
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+4460000", country: "GB" })).toMatchObject({
      ok: true,
      number: { address: "GB:60000" },
    });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+44384387", country: "US" })).toEqual({ ok: false, problem: "countryMismatch" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+1384387", country: "GB" })).toEqual({ ok: false, problem: "countryMismatch" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+1", country: "US" })).toEqual({ ok: false, problem: "senderIdFormat" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+1 2021", country: "US" })).toEqual({ ok: false, problem: "senderIdFormat" });
    expect(checkSenderId({ type: "SHORT_CODE", senderId: "+abc", country: "US" })).toEqual({ ok: false, problem: "senderIdFormat" });
  });
});

const COMPLETE = {
  help: { keywords: "help, info", message: "Acme support: reply STOP to opt out." },
  optOut: { keywords: "stop stopall,unsubscribe", message: "You're unsubscribed." },
  reOptIn: { keywords: "start", message: "You're subscribed again." },
};

describe("parseKeywords", () => {
  it("splits on commas and spaces, uppercases and removes repeats", () => {
    expect(parseKeywords(" stop, End  quit,,STOP\tend ")).toEqual(["STOP", "END", "QUIT"]);
    expect(parseKeywords(" , ")).toEqual([]);
  });
});

describe("complianceSchema", () => {
  it("normalizes the three interactions", () => {
    expect(complianceSchema.parse(COMPLETE)).toEqual({
      help: { keywords: ["HELP", "INFO"], message: "Acme support: reply STOP to opt out." },
      optOut: { keywords: ["STOP", "STOPALL", "UNSUBSCRIBE"], message: "You're unsubscribed." },
      reOptIn: { keywords: ["START"], message: "You're subscribed again." },
    });
  });

  it("accepts letters of any script and digits", () => {
    const result = complianceSchema.parse({ ...COMPLETE, optOut: { keywords: "arrêt stop2", message: "ok" } });
    expect(result.optOut.keywords).toEqual(["ARRÊT", "STOP2"]);
  });

  const issuesOf = (input: unknown) => {
    const result = complianceSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  };

  it.each([
    ["no keyword", { keywords: " , ", message: "Hi" }, ["help", "keywords"], "validation.import.keywordsRequired"],
    ["a keyword with punctuation", { keywords: "help, in-fo", message: "Hi" }, ["help", "keywords"], "validation.import.keywordFormat"],
    [
      "a keyword over 20 characters",
      { keywords: `help ${"A".repeat(21)}`, message: "Hi" },
      ["help", "keywords"],
      "validation.import.keywordFormat",
    ],
    ["a blank message", { keywords: "help", message: "   " }, ["help", "message"], "validation.import.messageRequired"],
    ["a message over 1,600 characters", { keywords: "help", message: "a".repeat(1601) }, ["help", "message"], "validation.tooLong"],
  ])("refuses %s", (_name, help, path, message) => {
    expect(issuesOf({ ...COMPLETE, help })).toEqual([{ path, message }]);
  });

  it("allows exactly 20-character keywords and 1,600-character messages", () => {
    expect(complianceSchema.safeParse({ ...COMPLETE, help: { keywords: "A".repeat(20), message: "a".repeat(1600) } }).success).toBe(true);
  });

  it("gives field-level issues for missing interactions and fields", () => {
    expect(issuesOf({ help: COMPLETE.help, optOut: { keywords: "stop" } })).toEqual([
      { path: ["optOut", "message"], message: "validation.import.messageRequired" },
      { path: ["reOptIn", "keywords"], message: "validation.import.keywordsRequired" },
      { path: ["reOptIn", "message"], message: "validation.import.messageRequired" },
    ]);
  });
});

describe("importNumberSchema", () => {
  afterEach(() => vi.restoreAllMocks());
  const issuesOf = (input: unknown) => {
    const result = importNumberSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  };

  it("returns the parsed number and no compliance for an E.164 type", () => {
    const result = importNumberSchema.parse({
      accountId: "acc1",
      type: "TOLL_FREE",
      senderId: "+18002345678",
      compliance: { help: { keywords: "" } },
    });
    expect(result).toMatchObject({
      accountId: "acc1",
      type: "TOLL_FREE",
      number: { address: "+18002345678", e164: "+18002345678", country: "US", type: "TOLL_FREE" },
      compliance: null,
    });
  });

  it("returns the short code with its normalized compliance", () => {
    const result = importNumberSchema.parse({
      accountId: "acc1",
      type: "SHORT_CODE",
      senderId: "+1 384387",
      country: "US",
      compliance: COMPLETE,
    });
    expect(result.number).toEqual({ address: "US:384387", e164: null, country: "US", type: "SHORT_CODE" });
    expect(result.compliance?.optOut.keywords).toEqual(["STOP", "STOPALL", "UNSUBSCRIBE"]);
  });

  it.each([
    [{ type: "LOCAL", senderId: "" }, ["senderId"], "validation.import.senderIdRequired"],
    [{ type: "LOCAL", senderId: "12015550123" }, ["senderId"], "validation.import.senderIdFormat"],
    [{ type: "LOCAL", senderId: "+18002345678" }, ["senderId"], "validation.import.senderIdType"],
    [{ type: "LOCAL", senderId: "+12015550123", country: "CA" }, ["senderId"], "validation.import.countryMismatch"],
    [{ type: "SHORT_CODE", senderId: "384387", compliance: COMPLETE }, ["country"], "validation.import.countryRequired"],
    [{ type: "SHORT_CODE", senderId: "+44384387", country: "US", compliance: COMPLETE }, ["senderId"], "validation.import.countryMismatch"],
    [{ type: "SHORT_CODE", senderId: "384387", country: "US" }, ["compliance"], "validation.import.complianceMissing"],
  ])("reports %j", (fields, path, message) => {
    expect(issuesOf({ accountId: "acc1", ...fields })).toEqual([{ path, message }]);
  });

  it("reports compliance issues under compliance.<interaction>.<field>, alongside sender ID issues", () => {
    expect(
      issuesOf({
        accountId: "acc1",
        type: "SHORT_CODE",
        senderId: "1234",
        country: "US",
        compliance: { ...COMPLETE, reOptIn: { keywords: "", message: "x" } },
      }),
    ).toEqual([
      { path: ["senderId"], message: "validation.import.senderIdFormat" },
      { path: ["compliance", "reOptIn", "keywords"], message: "validation.import.keywordsRequired" },
    ]);
  });

  it("refuses a huge compliance message as too long without counting its characters", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const compliance = { ...COMPLETE, help: { keywords: "HELP", message: "x".repeat(100_000) } };
    expect(issuesOf({ accountId: "acc1", type: "SHORT_CODE", senderId: "384387", country: "US", compliance })).toEqual([
      { path: ["compliance", "help", "message"], message: "validation.tooLong" },
    ]);
    expect(
      issuesOf({
        accountId: "acc1",
        type: "SHORT_CODE",
        senderId: "384387",
        country: "US",
        compliance: { ...COMPLETE, optOut: { keywords: "STOP ".repeat(200), message: "x" } },
      }),
    ).toEqual([{ path: ["compliance", "optOut", "keywords"], message: "validation.tooLong" }]);
    expect(segment).not.toHaveBeenCalled();
  });

  it("refuses an unknown type and a missing integration", () => {
    expect(issuesOf({ accountId: "", type: "GEO", senderId: "+12015550123" }).map((issue) => [issue.path, issue.message])).toEqual([
      [["accountId"], "validation.required"],
      [["type"], "validation.required"],
    ]);
  });
});
