import { describe, expect, it } from "vitest";
import { checkPasswordStrength } from "./password-policy";

describe("checkPasswordStrength", () => {
  it.each([
    ["short1!", "tooShort"],
    ["x".repeat(129) + "1", "tooLong"],
    ["abcdefghijklmnop", "tooSimple"],
    ["aaaaaaaaaaaa1111", "tooSimple"],
    ["Switchboard-2026!", null],
    ["correct horse battery 9", null],
  ])("%s → %s", (password, expected) => {
    expect(checkPasswordStrength(password)).toBe(expected);
  });

  it("refuses passwords built from the user's own name or email", () => {
    expect(checkPasswordStrength("marguerite-2026!", { name: "Marguerite Duras" })).toBe("containsPersonalInfo");
    expect(checkPasswordStrength("ada.admin#2026xyz", { email: "ada.admin@example.com" })).toBe("containsPersonalInfo");
    expect(checkPasswordStrength("Blue-lantern-2026", { name: "Ada Li", email: "ada@example.com" })).toBeNull();
  });
});
