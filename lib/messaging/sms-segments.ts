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
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà",
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
    overLimit: countMessageCharacters(text) > MAX_MESSAGE_CHARACTERS,
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

/** User-perceived characters (grapheme clusters: "👍🏽" and "é" as e + accent count once). */
export function countMessageCharacters(text: string): number {
  // Created once; browsers without Intl.Segmenter fall back to code points.
  graphemeSegmenter ??= typeof Intl.Segmenter === "function" ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
  return graphemeSegmenter ? Array.from(graphemeSegmenter.segment(text)).length : Array.from(text).length;
}
