import { describe, expect, it } from "vitest";
import { countMessageCharacters, countSegments, MAX_MESSAGE_CHARACTERS } from "./sms-segments";

const BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

describe("countSegments", () => {
  it("knows the whole GSM 03.38 basic table (127 characters + ESC) as one septet each", () => {
    expect(Array.from(BASIC)).toHaveLength(127);
    expect(countSegments(BASIC)).toMatchObject({ encoding: "GSM-7", characters: 127, ucs2Characters: [] });
  });

  it("counts each extension character as two septets, € included", () => {
    expect(countSegments("€")).toMatchObject({ encoding: "GSM-7", characters: 2, segments: 1 });
    expect(countSegments("\f^{}\\[~]|€")).toMatchObject({ encoding: "GSM-7", characters: 20 });
  });

  it("GSM-7: 160 fit in one message, 161 take two parts of 153", () => {
    expect(countSegments("a".repeat(160))).toEqual({ encoding: "GSM-7", characters: 160, segments: 1, perSegment: 160, ucs2Characters: [], overLimit: false });
    expect(countSegments("a".repeat(161))).toMatchObject({ characters: 161, segments: 2, perSegment: 153 });
    expect(countSegments("a".repeat(306))).toMatchObject({ segments: 2 });
    expect(countSegments("a".repeat(307))).toMatchObject({ segments: 3 });
    expect(countSegments("a".repeat(159) + "€")).toMatchObject({ characters: 161, segments: 2 });
  });

  it("never splits an escape pair across parts", () => {
    // 306 septets would fit two parts, but "€" cannot start at septet 153 of the first one.
    expect(countSegments("a".repeat(152) + "€" + "a".repeat(152))).toMatchObject({ characters: 306, segments: 3 });
  });

  it("UCS-2: 70 fit in one message, 71 take two parts of 67", () => {
    expect(countSegments("ж".repeat(70))).toEqual({ encoding: "UCS-2", characters: 70, segments: 1, perSegment: 70, ucs2Characters: ["ж"], overLimit: false });
    expect(countSegments("ж".repeat(71))).toMatchObject({ characters: 71, segments: 2, perSegment: 67 });
    expect(countSegments("ж".repeat(134))).toMatchObject({ segments: 2 });
    expect(countSegments("ж".repeat(135))).toMatchObject({ segments: 3 });
  });

  it("an emoji forces UCS-2 and counts two code units", () => {
    const result = countSegments("Thanks! 👍");
    expect(result).toMatchObject({ encoding: "UCS-2", characters: 10, segments: 1, ucs2Characters: ["👍"] });
    // 134 units would fill two parts, but the surrogate pair can't straddle the 67-unit boundary.
    expect(countSegments("a".repeat(66) + "👍" + "a".repeat(66))).toMatchObject({ characters: 134, segments: 3 });
  });

  it("lists the distinct characters that forced UCS-2, in order", () => {
    const text = "ご予約は明日です。ご来店をお待ちしています。";
    const result = countSegments(text);
    expect(result).toMatchObject({ encoding: "UCS-2", characters: text.length, segments: 1 });
    expect(result.ucs2Characters).toEqual([...new Set(text)]);
    expect(countSegments("Café “quoted” ç").ucs2Characters).toEqual(["“", "”", "ç"]);
  });

  it("treats an empty text as zero segments", () => {
    expect(countSegments("")).toMatchObject({ encoding: "GSM-7", characters: 0, segments: 0 });
  });

  it("flags texts over 1,600 user-perceived characters", () => {
    expect(countSegments("a".repeat(MAX_MESSAGE_CHARACTERS))).toMatchObject({ overLimit: false, segments: 11 });
    expect(countSegments("a".repeat(MAX_MESSAGE_CHARACTERS + 1)).overLimit).toBe(true);
    // 1,600 emoji are 3,200 code units but 1,600 characters to the person typing them.
    expect(countSegments("👍".repeat(MAX_MESSAGE_CHARACTERS))).toMatchObject({ characters: 3200, overLimit: false });
  });
});

describe("countMessageCharacters", () => {
  it("counts grapheme clusters", () => {
    expect(countMessageCharacters("👍🏽 e\u0301 👨‍👩‍👧")).toBe(5);
    expect(countMessageCharacters("")).toBe(0);
  });
});
