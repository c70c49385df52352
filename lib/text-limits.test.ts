import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { boundedString, idSchema, limitCharacters, MAX_CODE_UNITS_PER_CHARACTER } from "./text-limits";

const messages = (result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`) ?? [];

afterEach(() => vi.restoreAllMocks());

describe("limitCharacters", () => {
  const schema = limitCharacters(z.string().trim().min(1, "required"), 10, "tooLong");

  it("counts user-perceived characters", () => {
    expect(schema.safeParse("👍🏽".repeat(10)).success).toBe(true);
    expect(messages(schema.safeParse("a".repeat(11)))).toEqual([":tooLong"]);
    expect(messages(schema.safeParse("  "))).toEqual([":required"]);
  });

  it("refuses text past the cheap bound without counting, and stops the enclosing object's checks", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    const refine = vi.fn(() => true);
    const form = z.object({ text: schema }).refine(refine);
    expect(messages(form.safeParse({ text: "a".repeat(100_000) }))).toEqual(["text:tooLong"]);
    expect(messages(schema.safeParse("a".repeat(10 * MAX_CODE_UNITS_PER_CHARACTER + 1)))).toEqual([":tooLong"]);
    expect(segment).not.toHaveBeenCalled();
    expect(refine).not.toHaveBeenCalled();
  });
});

describe("boundedString and idSchema", () => {
  it("stop the parse at the bound", () => {
    const refine = vi.fn(() => true);
    expect(messages(boundedString(5).refine(refine).safeParse("abcdef"))).toEqual([":validation.tooLong"]);
    expect(messages(boundedString(5, "custom").safeParse("abcdef"))).toEqual([":custom"]);
    expect(refine).not.toHaveBeenCalled();
    expect(boundedString(5).safeParse("abcde").success).toBe(true);
  });

  it("ids are present and short", () => {
    expect(idSchema.safeParse("clx0abc").success).toBe(true);
    expect(idSchema.safeParse("").success).toBe(false);
    expect(idSchema.safeParse("x".repeat(65)).success).toBe(false);
  });
});
