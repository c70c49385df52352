import { describe, expect, it } from "vitest";
import { defineWizard } from "./wizard-steps";

const wizard = defineWizard("accounts.wizard", [
  { key: "first", needsDraft: false },
  { key: "second", needsDraft: true },
  { key: "third", needsDraft: true },
]);

describe("defineWizard", () => {
  it("knows its steps and their order", () => {
    expect(wizard.isStep("second")).toBe(true);
    expect(wizard.isStep("fourth")).toBe(false);
    expect(wizard.isStep(undefined)).toBe(false);
    expect(wizard.indexOf("third")).toBe(2);
  });

  it("opens a step up to the furthest allowed, and nothing unknown", () => {
    expect(wizard.openable("first", "second")).toBe("first");
    expect(wizard.openable("second", "second")).toBe("second");
    expect(wizard.openable("third", "second")).toBeNull();
    expect(wizard.openable("nope", "third")).toBeNull();
    expect(wizard.openable(undefined, "third")).toBeNull();
  });

  it("names the step before and after, and none past either end", () => {
    expect(wizard.neighbour("second", -1)).toBe("first");
    expect(wizard.neighbour("second", 1)).toBe("third");
    expect(wizard.neighbour("first", -1)).toBeUndefined();
    expect(wizard.neighbour("third", 1)).toBeUndefined();
  });
});
