// Segment and encoding preview (SPEC §6): how many SMS parts a text costs, and which characters
// pushed it from GSM-7 (160 per message) to UCS-2 (70), so agents and admins can fix it before sending.

/** Providers refuse longer bodies (Twilio, TeleSign: 1,600 characters); SPEC §1. */
export const MAX_MESSAGE_CHARACTERS = 1600;

export type SmsEncoding = "GSM-7" | "UCS-2";

export type SegmentCount = {
  encoding: SmsEncoding;
  /** In encoding units: GSM-7 septets (extension characters take 2) or UTF-16 code units. */
  characters: number;
  segments: number;
  perSegment: number;
  /** The distinct characters, in order of appearance, that forced UCS-2. */
  ucs2Characters: string[];
  /** More than MAX_MESSAGE_CHARACTERS user-perceived characters. */
  overLimit: boolean;
};

// 3GPP TS 23.038 (GSM 03.38) default alphabet, in table order, without 0x1B (the escape to the
// extension table, never a character of its own). Note "$" is 0x02 and 0x24 is "¤".
const GSM_BASIC = new Set(
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
);
// The default extension table: each is sent as ESC + character, i.e. two septets.
const GSM_EXTENSION = new Set("\f^{}\\[~]|€");

const SINGLE = { "GSM-7": 160, "UCS-2": 70 } as const;
// Multipart messages lose room to the concatenation header (UDH): 7 septets / 3 UCS-2 units.
const MULTIPART = { "GSM-7": 153, "UCS-2": 67 } as const;

export function countSegments(text: string): SegmentCount {
  const codePoints = Array.from(text);
  const ucs2Characters = [...new Set(codePoints.filter((char) => !GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)))];
  const encoding: SmsEncoding = ucs2Characters.length > 0 ? "UCS-2" : "GSM-7";
  const costs = codePoints.map((char) => (encoding === "GSM-7" ? (GSM_EXTENSION.has(char) ? 2 : 1) : char.length));
  const characters = costs.reduce((sum, cost) => sum + cost, 0);
  const isSingle = characters <= SINGLE[encoding];
  const perSegment = isSingle ? SINGLE[encoding] : MULTIPART[encoding];
  return {
    encoding,
    characters,
    segments: characters === 0 ? 0 : isSingle ? 1 : packSegments(costs, perSegment),
    perSegment,
    ucs2Characters,
    overLimit: hasMoreCharactersThan(text, MAX_MESSAGE_CHARACTERS),
  };
}

/**
 * Fills segments in order. Usually ceil(characters / perSegment), but an escape pair (GSM-7) or
 * a surrogate pair (UCS-2) is never split across two parts, so a boundary can cost one more.
 */
function packSegments(costs: number[], perSegment: number): number {
  let segments = 1;
  let used = 0;
  for (const cost of costs) {
    if (used + cost > perSegment) {
      segments++;
      used = 0;
    }
    used += cost;
  }
  return segments;
}

let graphemeSegmenter: Intl.Segmenter | null | undefined;

// Node 20's segment iterator copies the whole input into every segment it yields, so segmenting a
// long text at once costs the square of its length (100,000 characters: seconds and gigabytes).
// Segmenting it piece by piece keeps each copy small and the total linear.
const SEGMENT_PIECE = 256;

/**
 * User-perceived characters (grapheme clusters: "👍🏽" and "é" as e + accent count once). With
 * `stopAfter`, counting stops as soon as the count passes it (the result is then some number above
 * it), so checking a limit costs no more than the limit, however long the text.
 */
export function countMessageCharacters(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  // Created once; browsers without Intl.Segmenter fall back to code points.
  graphemeSegmenter ??= typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  if (!graphemeSegmenter) return countCodePoints(text, stopAfter);
  let count = 0;
  let start = 0;
  let size = SEGMENT_PIECE;
  while (start < text.length) {
    let end = start + size;
    if (end >= text.length) {
      for (const _ of graphemeSegmenter.segment(text.slice(start))) if (++count > stopAfter) break;
      return count;
    }
    if (isSurrogatePair(text, end - 1)) end++; // never cut a character in two
    // Every boundary inside a piece is a boundary of the whole text except the piece's end (the
    // last cluster may go on): count the clusters before the last one, and go on from its start.
    let complete = 0;
    let last = 0;
    for (const { index } of graphemeSegmenter.segment(text.slice(start, end))) {
      if (index > 0) complete++;
      last = index;
    }
    if (complete === 0) {
      size *= 2; // one cluster longer than the piece (a letter with hundreds of accents)
      continue;
    }
    count += complete;
    if (count > stopAfter) return count;
    start += last;
    size = SEGMENT_PIECE;
  }
  return count;
}

/** Whether `text` has more than `max` user-perceived characters, counting no further than needed. */
export function hasMoreCharactersThan(text: string, max: number): boolean {
  // Each character is at least one UTF-16 code unit, so a short text needs no counting.
  return text.length > max && countMessageCharacters(text, max) > max;
}

function isSurrogatePair(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function countCodePoints(text: string, stopAfter: number): number {
  let count = 0;
  for (const _ of text) if (++count > stopAfter) break;
  return count;
}
