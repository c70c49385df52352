import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./config";

describe("negotiateLocale", () => {
  it.each([
    [undefined, "en"],
    ["ja-JP,ja;q=0.9,en;q=0.8", "ja"],
    ["zh-TW,zh;q=0.9", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    ["zh-CN,fr;q=0.5", "fr"],
    ["fr-CA", "fr"],
    ["de-DE,en;q=0.1", "en"],
    ["en;q=0.2,ja;q=0.8", "ja"],
  ])("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });
});
