// Every user-facing string must exist in all four languages, with the same placeholders.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import fr from "./fr.json";
import ja from "./ja.json";
import zhTW from "./zh-TW.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

// Top-level ICU argument names: "{name}" and "{count, plural, …}" both yield the name.
function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)]
    .map((match) => match[1] as string)
    .filter((name, i, all) => all.indexOf(name) === i)
    .sort();
}

const english = flatten(en);
const catalogs = { en, ja, "zh-TW": zhTW, fr } as Record<string, Tree>;

describe.each(Object.entries(catalogs))("%s catalog", (_locale, catalog) => {
  const translated = flatten(catalog);

  it("has exactly the English keys", () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("keeps every placeholder", () => {
    for (const [key, message] of english) expect(placeholders(translated.get(key) ?? ""), key).toEqual(placeholders(message));
  });

  it("compiles and formats every message (ICU syntax: literal braces must be quoted)", () => {
    const errors: string[] = [];
    const t = createTranslator({ locale: _locale, messages: catalog, onError: (error) => errors.push(error.message) });
    for (const [key, message] of translated) {
      const values = Object.fromEntries(placeholders(message).map((name) => [name, 2]));
      t(key as never, values as never);
    }
    expect(errors).toEqual([]);
  });

  it("has no empty messages", () => {
    for (const [key, message] of translated) expect(message.trim(), key).not.toBe("");
  });
});
