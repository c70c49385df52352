import { afterEach, describe, expect, it, vi } from "vitest";
import { countMessageCharacters, countSegments, hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "./sms-segments";

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
    expect(countSegments("a".repeat(160))).toEqual({
      encoding: "GSM-7",
      characters: 160,
      segments: 1,
      perSegment: 160,
      ucs2Characters: [],
      overLimit: false,
    });
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
    expect(countSegments("ж".repeat(70))).toEqual({
      encoding: "UCS-2",
      characters: 70,
      segments: 1,
      perSegment: 70,
      ucs2Characters: ["ж"],
      overLimit: false,
    });
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

  // What one call to Intl.Segmenter would say, cluster by cluster.
  const reference = (text: string) => Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)).length;

  it("counts long text piece by piece exactly as in one go, whatever falls on a piece's edge", () => {
    const texts = [
      "🇺🇸🇫🇷🇯🇵".repeat(200), // flags pair up regional indicators: an odd cut would shift them all
      "👨‍👩‍👧‍👦".repeat(300),
      `e${"\u0301".repeat(3000)}x`, // one cluster far longer than a piece
      "a\r\nb".repeat(500),
      "क्षि".repeat(400),
      "\ud83d👍\udc4d🏽".repeat(300), // lone surrogates beside real pairs
    ];
    for (const text of texts) {
      for (const offset of [0, 1, 2, 3])
        expect(countMessageCharacters("x".repeat(offset) + text)).toBe(reference("x".repeat(offset) + text));
    }
  });

  describe("cost", () => {
    afterEach(() => vi.restoreAllMocks());
    const segmentedLengths = () => {
      const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
      return () => segment.mock.calls.map(([text]) => text.length);
    };

    it("never hands the segmenter a long text at once (its cost grows with the square of the length)", () => {
      const lengths = segmentedLengths();
      expect(countMessageCharacters("a".repeat(20_000))).toBe(20_000);
      expect(Math.max(...lengths())).toBeLessThanOrEqual(512);
    });

    it("stops counting once past the limit", () => {
      const lengths = segmentedLengths();
      expect(hasMoreCharactersThan("a".repeat(1_000_000), MAX_MESSAGE_CHARACTERS)).toBe(true);
      expect(lengths().reduce((sum, length) => sum + length, 0)).toBeLessThan(MAX_MESSAGE_CHARACTERS + 1000);
      expect(hasMoreCharactersThan("👍".repeat(MAX_MESSAGE_CHARACTERS), MAX_MESSAGE_CHARACTERS)).toBe(false);
      expect(hasMoreCharactersThan("👍".repeat(MAX_MESSAGE_CHARACTERS + 1), MAX_MESSAGE_CHARACTERS)).toBe(true);
    });
  });
});
