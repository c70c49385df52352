import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatForProvider, formatInternational, parseAccountNumber } from "./number-format";

type E164Vector = { input: string; strictE164: boolean; valid: boolean; type: string | null; normalized: string | null; note: string };
type ShortCodeVector = { input: string; fiveOrSixDigits: boolean; acceptAsUsSmsShortCode: boolean; note: string };
// Verbatim copy of shared/reference kept in test-data/ (see its README).
const vectors = JSON.parse(readFileSync(path.resolve(process.cwd(), "test-data/reference/phone-number-vectors.json"), "utf8")) as {
  e164: E164Vector[];
  usShortCodes: ShortCodeVector[];
};
const strict = vectors.e164.filter((vector) => vector.strictE164);
const validVectors = strict.filter((vector) => vector.valid);
const invalidVectors = strict.filter((vector) => !vector.valid);
const smsTypeFor = (vector: E164Vector) => (vector.type === "TOLL_FREE" ? "TOLL_FREE" : "LONG_CODE");

describe("reference vectors", () => {
  it("has enough of each kind to mean something", () => {
    expect(validVectors.length).toBeGreaterThan(10);
    expect(invalidVectors.length).toBeGreaterThan(5);
    expect(vectors.usShortCodes.length).toBeGreaterThan(5);
  });

  it.each(validVectors)("accepts $input for WhatsApp as given ($note)", (vector) => {
    expect(parseAccountNumber({ channel: "WHATSAPP", input: vector.input })).toEqual({
      ok: true,
      number: { address: vector.normalized, e164: vector.normalized, country: expect.any(String), type: null },
    });
  });

  it.each(validVectors)("accepts $input for SMS without the + ($note)", (vector) => {
    const type = smsTypeFor(vector);
    const result = parseAccountNumber({ channel: "SMS", type, input: vector.input.slice(1) });
    expect(result).toEqual({
      ok: true,
      number: { address: vector.normalized, e164: vector.normalized, country: expect.any(String), type },
    });
  });

  it.each(invalidVectors)("refuses $input as invalidNumber ($note)", (vector) => {
    expect(parseAccountNumber({ channel: "WHATSAPP", input: vector.input })).toEqual({ ok: false, problem: "invalidNumber" });
    for (const type of ["LONG_CODE", "GEO", "TOLL_FREE"]) {
      expect(parseAccountNumber({ channel: "SMS", type, input: vector.input.slice(1) })).toEqual({ ok: false, problem: "invalidNumber" });
    }
  });

  it("refuses +18881112233 when an admin registers it, although it appears in real traffic", () => {
    expect(parseAccountNumber({ channel: "SMS", type: "TOLL_FREE", input: "18881112233" })).toEqual({
      ok: false,
      problem: "invalidNumber",
    });
  });

  it.each(validVectors)("checks $input ($type) against the toll-free type", (vector) => {
    const digits = vector.input.slice(1);
    const tollFree = parseAccountNumber({ channel: "SMS", type: "TOLL_FREE", input: digits });
    const twilioLocal = parseAccountNumber({ channel: "SMS", type: "LONG_CODE", input: digits });
    const telesignLocal = parseAccountNumber({ channel: "SMS", type: "GEO", input: digits });
    if (vector.type === "TOLL_FREE") {
      expect(tollFree.ok).toBe(true);
      expect(twilioLocal).toEqual({ ok: false, problem: "isTollFree" });
      expect(telesignLocal).toEqual({ ok: false, problem: "isTollFree" });
    } else {
      expect(tollFree).toEqual({ ok: false, problem: "notTollFree" });
      expect(twilioLocal.ok && telesignLocal.ok).toBe(true);
    }
  });

  it.each(vectors.usShortCodes)("short code $input: accepted = $acceptAsUsSmsShortCode ($note)", (vector) => {
    const result = parseAccountNumber({ channel: "SMS", type: "SHORT_CODE", input: vector.input, country: "US" });
    if (vector.acceptAsUsSmsShortCode) {
      expect(result).toEqual({ ok: true, number: { address: `US:${vector.input}`, e164: null, country: "US", type: "SHORT_CODE" } });
    } else {
      // Five or six digits that still fail can only be a US code starting with 0 or 1: say that.
      expect(result).toEqual({ ok: false, problem: vector.fiveOrSixDigits ? "usShortCodeLeadingDigit" : "shortCodeFormat" });
    }
  });

  it("handles the non-strict vectors by the entry rules, not by libphonenumber's leniency", () => {
    // Digits without "+" is exactly the SMS entry format; for WhatsApp it lacks the "+".
    expect(parseAccountNumber({ channel: "SMS", type: "LONG_CODE", input: "12015550123" }).ok).toBe(true);
    expect(parseAccountNumber({ channel: "WHATSAPP", input: "12015550123" })).toEqual({ ok: false, problem: "whatsappNeedsPlus" });
    // Spaces and dashes are not E.164 as typed.
    for (const input of ["+1 201 555 0123", "+1-201-555-0123"]) {
      expect(parseAccountNumber({ channel: "WHATSAPP", input })).toEqual({ ok: false, problem: "whatsappNeedsPlus" });
      expect(parseAccountNumber({ channel: "SMS", type: "LONG_CODE", input: input.slice(1) })).toEqual({
        ok: false,
        problem: "smsDigitsOnly",
      });
    }
    expect(parseAccountNumber({ channel: "WHATSAPP", input: "+1234567890123456" })).toEqual({ ok: false, problem: "invalidNumber" });
  });
});

describe("parseAccountNumber", () => {
  it("strips a pasted whatsapp: prefix and outer whitespace", () => {
    for (const input of ["whatsapp:+14155238886", " WhatsApp:+14155238886\n", "\u00A0+14155238886\u200B"]) {
      expect(parseAccountNumber({ channel: "WHATSAPP", input })).toEqual({
        ok: true,
        number: { address: "+14155238886", e164: "+14155238886", country: "US", type: null },
      });
    }
  });

  it("ignores a type for WhatsApp numbers", () => {
    expect(parseAccountNumber({ channel: "WHATSAPP", type: "TOLL_FREE", input: "+14155238886" })).toMatchObject({
      ok: true,
      number: { type: null },
    });
  });

  it.each([
    [{ channel: "SMS", type: "LONG_CODE", input: "  " }, "required"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "", country: "US" }, "required"],
    [{ channel: "WHATSAPP", input: "whatsapp:" }, "required"],
    [{ channel: "SMS", type: "LONG_CODE", input: "+14252306549" }, "smsDigitsOnly"],
    [{ channel: "SMS", type: "GEO", input: "(425) 230-6549" }, "smsDigitsOnly"],
    [{ channel: "WHATSAPP", input: "14155238886" }, "whatsappNeedsPlus"],
    [{ channel: "WHATSAPP", input: "+1 (415) 523-8886" }, "whatsappNeedsPlus"],
    [{ channel: "SMS", type: "LONG_CODE", input: "4252306549" }, "invalidNumber"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "38438", country: undefined }, "countryRequired"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "38438", country: "XX" }, "countryRequired"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "3843-87", country: "US" }, "shortCodeFormat"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "12345", country: "US" }, "usShortCodeLeadingDigit"],
    [{ channel: "SMS", type: "SHORT_CODE", input: "012345", country: "us" }, "usShortCodeLeadingDigit"],
  ] as const)("%j → %s", (input, problem) => {
    expect(parseAccountNumber(input)).toEqual({ ok: false, problem });
  });

  it("stores Twilio and TeleSign SMS numbers by E.164", () => {
    expect(parseAccountNumber({ channel: "SMS", type: "LONG_CODE", input: "14252306549" })).toEqual({
      ok: true,
      number: { address: "+14252306549", e164: "+14252306549", country: "US", type: "LONG_CODE" },
    });
    expect(parseAccountNumber({ channel: "SMS", type: "GEO", input: "447400123456" })).toMatchObject({
      ok: true,
      number: { country: "GB" },
    });
  });

  it("keys short codes by country, accepting a lowercase country", () => {
    expect(parseAccountNumber({ channel: "SMS", type: "SHORT_CODE", input: "60300", country: "gb" })).toEqual({
      ok: true,
      number: { address: "GB:60300", e164: null, country: "GB", type: "SHORT_CODE" },
    });
  });
});

describe("formatting", () => {
  it("shows numbers in each provider's entry format", () => {
    expect(formatForProvider({ channel: "SMS", address: "+14252306549", e164: "+14252306549" })).toBe("14252306549");
    expect(formatForProvider({ channel: "SMS", address: "US:384387", e164: null })).toBe("384387");
    expect(formatForProvider({ channel: "WHATSAPP", address: "+14155238886", e164: "+14155238886" })).toBe("+14155238886");
  });

  it("formats E.164 for people", () => {
    expect(formatInternational("+14252306549")).toBe("+1 425 230 6549");
    expect(formatInternational("+447400123456")).toBe("+44 7400 123456");
    expect(formatInternational("not a number")).toBe("not a number");
  });

  it("gives each number its own text however many numbers were formatted before (the kept texts are bounded)", () => {
    const numbers = Array.from({ length: 6_000 }, (_, i) => `+1425555${String(i).padStart(4, "0")}`);
    const first = numbers.map((number) => formatInternational(number));
    expect(first[0]).toBe("+1 425 555 0000");
    expect(first[5_999]).toBe("+1 425 555 5999");
    // Past the bound the oldest were dropped: formatted again, the same text.
    expect(numbers.map((number) => formatInternational(number))).toEqual(first);
    expect(formatInternational("+447400123456")).toBe("+44 7400 123456");
  });
});
