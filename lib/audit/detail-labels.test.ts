// Every key audit events store, and every code they hold, has a label in all four catalogs.
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ja from "@/messages/ja.json";
import zhTW from "@/messages/zh-TW.json";
import { AUDIT_DETAIL_KEYS, AUDIT_VALUE_LABELS, auditFieldLabelKey, CONDITION_LABELS, humaniseKey } from "./detail-labels";

type Tree = { [key: string]: string | Tree };
const lookup = (tree: Tree, path: string) =>
  path.split(".").reduce<string | Tree | undefined>((node, part) => (typeof node === "object" ? node[part] : undefined), tree);
const catalogs = { en, ja, "zh-TW": zhTW, fr } as Record<string, Tree>;

describe.each(Object.entries(catalogs))("%s catalog", (_locale, catalog) => {
  it("names every audit detail key", () => {
    const missing = AUDIT_DETAIL_KEYS.map(auditFieldLabelKey).filter((key) => typeof lookup(catalog, key) !== "string");
    expect(missing).toEqual([]);
  });

  it("names every code an audit detail holds", () => {
    const labelled = [...Object.values(AUDIT_VALUE_LABELS), ...Object.values(CONDITION_LABELS)] as {
      values: readonly string[];
      label: (value: string) => string;
    }[];
    const missing = labelled.flatMap(({ values, label }) => values.map(label)).filter((key) => typeof lookup(catalog, key) !== "string");
    expect(missing).toEqual([]);
  });

  it("has the words for yes, no, hidden and changed", () => {
    for (const key of ["audit.values.yes", "audit.values.no", "audit.values.redacted", "audit.values.changed", "audit.detail"])
      expect(typeof lookup(catalog, key), key).toBe("string");
  });
});

describe("humaniseKey", () => {
  it("reads a key nobody labelled yet", () => {
    expect(humaniseKey("restoreFailed")).toBe("Restore failed");
    expect(humaniseKey("twilioAccountSID")).toBe("Twilio account sid");
    expect(humaniseKey("held_reason")).toBe("Held reason");
  });
});
