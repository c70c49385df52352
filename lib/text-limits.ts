// Bounds on free text in forms, actions and queries. The cheap bound, the string's length, is
// checked first and aborts the parse, so the checks that cost more (counting characters, compiling
// a pattern, parsing a number) and the enclosing object's refinements only ever see bounded text.
// zod runs every check of a schema even after one failed unless that one is `abort: true`.
import { z } from "zod";
import { hasMoreCharactersThan } from "@/lib/messaging/sms-segments";

/**
 * Room per user-perceived character in the cheap bound: most take 1 or 2 UTF-16 units, a flag or
 * an emoji with a skin tone 4; only text made of family emoji or heavily stacked accents needs more.
 */
export const MAX_CODE_UNITS_PER_CHARACTER = 8;

/** Ids of stored records (cuid, uuid): never longer than this. */
export const MAX_ID_LENGTH = 64;

/** A string of at most `maxLength` UTF-16 units; longer input stops the parse there. */
export function boundedString(maxLength: number, message = "validation.tooLong") {
  return z.string().max(maxLength, { message, abort: true });
}

/** A record id: present and short. */
export const idSchema = z.string().min(1).max(MAX_ID_LENGTH, { abort: true });

/**
 * `schema` limited to `max` user-perceived characters, as the composer counts them, with `message`
 * for both bounds. The count stops at the limit and never runs on text past the cheap bound.
 */
export function limitCharacters(schema: z.ZodString, max: number, message: string) {
  return schema
    .max(max * MAX_CODE_UNITS_PER_CHARACTER, { message, abort: true })
    .refine((text) => !hasMoreCharactersThan(text, max), message);
}
