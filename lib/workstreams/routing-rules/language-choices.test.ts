import { describe, expect, it } from "vitest";
import { CHANNEL_LOCALES } from "@/lib/workstreams/locales";
import { languageConditionChoices, withCurrentChoice } from "./language-choices";

describe("languageConditionChoices", () => {
  const choices = languageConditionChoices("en");
  const values = choices.map((choice) => choice.value);

  it("offers every channel locale and each bare language once", () => {
    for (const locale of CHANNEL_LOCALES) expect(values).toContain(locale);
    expect(values.filter((value) => value === "ja")).toHaveLength(1);
    expect(new Set(values).size).toBe(values.length);
  });

  it("puts a bare language right before its regional variants", () => {
    expect(choices.find((choice) => choice.value === "ja")?.label).toBe("Japanese — ja");
    expect(values.indexOf("ja")).toBe(values.indexOf("ja-JP") - 1);
    const french = values.filter((value) => value === "fr" || value.startsWith("fr-"));
    const start = values.indexOf("fr");
    expect(values.slice(start, start + french.length)).toEqual(french);
    expect(french[0]).toBe("fr");
  });

  it("names languages in the admin's language and survives a malformed locale", () => {
    expect(languageConditionChoices("fr").find((choice) => choice.value === "de")?.label).toBe("allemand — de");
    expect(languageConditionChoices("not a locale!").length).toBe(choices.length);
  });
});

describe("withCurrentChoice", () => {
  it("keeps a stored value that is not offered", () => {
    expect(withCurrentChoice([{ value: "ja", label: "Japanese — ja" }], "pt_BR")[0]).toEqual({ value: "pt_BR", label: "pt_BR" });
    expect(withCurrentChoice([{ value: "ja", label: "Japanese — ja" }], "ja")).toHaveLength(1);
    expect(withCurrentChoice([{ value: "ja", label: "Japanese — ja" }], "")).toHaveLength(1);
  });
});
