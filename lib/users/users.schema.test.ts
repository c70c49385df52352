import { describe, expect, it } from "vitest";
import { signInSchema } from "@/lib/auth/auth.schema";
import { createUserSchema, savePreferencesSchema } from "./users.schema";

const newUser = { name: "Aiko", email: "aiko@example.com", password: "Harbour-lights-2026", role: "AGENT" };

describe("user time zone", () => {
  it.each(["Asia/Tokyo", "Europe/Paris", "UTC", "America/Argentina/Buenos_Aires"])("accepts %s", (timeZone) => {
    expect(savePreferencesSchema.safeParse({ timeZone }).success).toBe(true);
  });

  it.each([
    ["Mars/Olympus", "validation.timeZone"],
    ["", "validation.required"],
    ["x".repeat(101), "validation.timeZone"],
  ])("refuses %j with %s", (timeZone, message) => {
    const result = savePreferencesSchema.safeParse({ timeZone });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("keeps the browser's zone at sign-in, and ignores one Intl doesn't know instead of refusing the sign-in", () => {
    const credentials = { email: "Aiko@Example.com", password: "secret" };
    expect(signInSchema.parse({ ...credentials, timeZone: "Asia/Tokyo" }).timeZone).toBe("Asia/Tokyo");
    const unknown = signInSchema.safeParse({ ...credentials, timeZone: "Nowhere/Else" });
    expect(unknown.success).toBe(true);
    expect(unknown.data?.timeZone).toBeUndefined();
  });
});

describe("new user language", () => {
  it("is the browser's unless the administrator picks one of the four languages", () => {
    expect(createUserSchema.parse(newUser).locale).toBe("browser");
    expect(createUserSchema.parse({ ...newUser, locale: "fr" }).locale).toBe("fr");
    expect(createUserSchema.safeParse({ ...newUser, locale: "de" }).success).toBe(false);
  });
});
