import { describe, expect, it } from "vitest";
import {
  HELP_KEYWORDS,
  OPT_IN_KEYWORDS,
  OPT_OUT_KEYWORDS,
  matchKeyword,
  parseStoredCompliance,
  telesignUserResponseAction,
  type StoredCompliance,
} from "./keywords";

const SHORT_CODE: StoredCompliance = {
  help: { keywords: ["HELP", "AIDE"], message: "Acme: reply STOP to opt out." },
  optOut: { keywords: ["STOP", "ARRÊT"], message: "Acme: you're unsubscribed." },
  reOptIn: { keywords: ["START"], message: "Acme: you're subscribed again." },
};

const casings = (keyword: string) => [keyword, keyword.toLowerCase(), keyword[0] + keyword.slice(1).toLowerCase()];

describe("matchKeyword — standard lists", () => {
  it.each([
    ...OPT_OUT_KEYWORDS.map((keyword) => [keyword, "optOut"] as const),
    ...OPT_IN_KEYWORDS.map((keyword) => [keyword, "optIn"] as const),
    ...HELP_KEYWORDS.map((keyword) => [keyword, "help"] as const),
  ])("%s → %s in any case", (keyword, action) => {
    for (const body of casings(keyword)) {
      expect(matchKeyword(body)).toEqual({ action, keyword, source: "standard", reply: null });
    }
  });

  it("ignores surrounding whitespace, including newlines and no-break spaces", () => {
    for (const body of ["  stop ", "\nSTOP\t", "\u00a0Stop\u00a0", "\r\nhelp\r\n"]) {
      expect(matchKeyword(body)?.action).toBeDefined();
    }
  });

  it("normalises full-width letters (NFKC)", () => {
    expect(matchKeyword("ＳＴＯＰ")).toMatchObject({ action: "optOut", keyword: "STOP" });
  });

  it.each(["stop please", "please stop", "STOP!", "S T O P", "stopp", "unstoppable", "yes please", "help me", "", "   ", "STOP ALL"])(
    "does not match %j",
    (body) => {
      expect(matchKeyword(body)).toBeNull();
    },
  );

  it("handles missing bodies", () => {
    expect(matchKeyword(null)).toBeNull();
    expect(matchKeyword(undefined)).toBeNull();
  });

  it("ignores a short code's words on numbers without compliance", () => {
    expect(matchKeyword("ARRÊT")).toBeNull();
    expect(matchKeyword("ARRÊT", null)).toBeNull();
  });
});

describe("matchKeyword — short-code compliance", () => {
  it("prefers the short code's keyword and carries its reply", () => {
    expect(matchKeyword("stop", SHORT_CODE)).toEqual({
      action: "optOut",
      keyword: "STOP",
      source: "shortCode",
      reply: "Acme: you're unsubscribed.",
    });
    expect(matchKeyword(" start ", SHORT_CODE)).toEqual({
      action: "optIn",
      keyword: "START",
      source: "shortCode",
      reply: "Acme: you're subscribed again.",
    });
    expect(matchKeyword("Aide", SHORT_CODE)).toEqual({
      action: "help",
      keyword: "AIDE",
      source: "shortCode",
      reply: "Acme: reply STOP to opt out.",
    });
  });

  it("matches accented keywords in lower case and decomposed form", () => {
    expect(matchKeyword("arrêt", SHORT_CODE)).toMatchObject({ action: "optOut", source: "shortCode" });
    expect(matchKeyword("arre\u0302t", SHORT_CODE)).toMatchObject({ action: "optOut", keyword: "ARRÊT", source: "shortCode" });
  });

  it("falls back to the standard lists for words the short code does not list", () => {
    expect(matchKeyword("unsubscribe", SHORT_CODE)).toEqual({ action: "optOut", keyword: "UNSUBSCRIBE", source: "standard", reply: null });
    expect(matchKeyword("info", SHORT_CODE)).toEqual({ action: "help", keyword: "INFO", source: "standard", reply: null });
  });

  it("lets a short code redefine a standard word", () => {
    const custom: StoredCompliance = { ...SHORT_CODE, help: { keywords: ["YES"], message: "Reply HELP for help." } };
    expect(matchKeyword("yes", custom)).toEqual({ action: "help", keyword: "YES", source: "shortCode", reply: "Reply HELP for help." });
  });

  it("picks opt-out when a word is listed under two interactions", () => {
    const clash: StoredCompliance = { ...SHORT_CODE, help: { keywords: ["STOP"], message: "help" } };
    expect(matchKeyword("STOP", clash)?.action).toBe("optOut");
  });

  it("gives a null reply when the stored reply is blank", () => {
    const blank: StoredCompliance = { ...SHORT_CODE, optOut: { keywords: ["STOP"], message: "  " } };
    expect(matchKeyword("stop", blank)).toEqual({ action: "optOut", keyword: "STOP", source: "shortCode", reply: null });
  });
});

describe("parseStoredCompliance", () => {
  it("reads the stored JSON", () => {
    expect(parseStoredCompliance(JSON.stringify(SHORT_CODE))).toEqual(SHORT_CODE);
  });

  it.each([
    ["null", null],
    ["empty", ""],
    ["not JSON", "{help:"],
    ["JSON null", "null"],
    ["an array", "[]"],
    ["a missing interaction", JSON.stringify({ help: SHORT_CODE.help, optOut: SHORT_CODE.optOut })],
    ["keywords as a string", JSON.stringify({ ...SHORT_CODE, help: { keywords: "HELP", message: "x" } })],
    ["a number in keywords", JSON.stringify({ ...SHORT_CODE, optOut: { keywords: [1], message: "x" } })],
    ["no message", JSON.stringify({ ...SHORT_CODE, reOptIn: { keywords: ["START"] } })],
  ])("returns null for %s", (_name, json) => {
    expect(parseStoredCompliance(json)).toBeNull();
  });
});

describe("telesignUserResponseAction", () => {
  it.each([
    ["stop", "optOut"],
    ["STOP", "optOut"],
    ["Opt-Out", "optOut"],
    ["optout", "optOut"],
    ["opt_out", "optOut"],
    ["Unsubscribe", "optOut"],
    ["start", "optIn"],
    ["OPT-IN", "optIn"],
    ["optin", "optIn"],
    ["opt_in", "optIn"],
    ["subscribe", "optIn"],
    ["unstop", "optIn"],
    ["help", "help"],
    ["INFO", "help"],
    [" stop ", "optOut"],
  ])("%j → %s", (value, action) => {
    expect(telesignUserResponseAction(value)).toBe(action);
  });

  it.each([undefined, null, "", "yes", "cancel", "opt out", 1, {}, ["stop"]])("%j → null", (value) => {
    expect(telesignUserResponseAction(value)).toBeNull();
  });
});
