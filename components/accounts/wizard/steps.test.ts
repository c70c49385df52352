import { describe, expect, it } from "vitest";
import { furthestAllowedStep } from "./steps";

describe("furthestAllowedStep", () => {
  it("starts at the account details before a draft exists", () => {
    expect(furthestAllowedStep(null)).toBe("account");
  });

  it("resumes a draft at its first step not done yet", () => {
    expect(furthestAllowedStep({ numberCount: 0, callbackShownAt: null })).toBe("numbers");
    expect(furthestAllowedStep({ numberCount: 0, callbackShownAt: new Date() })).toBe("numbers");
    expect(furthestAllowedStep({ numberCount: 2, callbackShownAt: null })).toBe("callback");
    expect(furthestAllowedStep({ numberCount: 1, callbackShownAt: new Date() })).toBe("summary");
  });
});
