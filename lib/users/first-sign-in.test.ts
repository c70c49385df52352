// The first sign-in fills in what nobody chose: the user's time zone from the browser's, and their
// language from the browser's when the administrator left it to the browser. Runs on SQLite and PostgreSQL.
import { afterAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "@/lib/testing/test-database";

const testDatabase = await createTestDatabase();
const { db } = await import("@/lib/db");
const { attemptSignIn, firstSignInDefaults } = await import("@/lib/auth/sign-in");
const { createUser } = await import("./create-user");
const { saveUserLocale, saveUserPreferences } = await import("./update-user");
afterAll(() => testDatabase.drop());

const password = "Harbour-lights-2026";
const actor = null; // the system: no administrator row needed for the audit event
const stored = (email: string) =>
  db.user.findUniqueOrThrow({ where: { email }, select: { locale: true, localeFromBrowser: true, timeZone: true } });
const signIn = (email: string, browser: { browserTimeZone?: string; browserLocale?: "en" | "ja" | "zh-TW" | "fr" }) =>
  attemptSignIn({ email, password, clientKey: `client-${email}`, ...browser });

describe("firstSignInDefaults", () => {
  it("fills only what is unset", () => {
    const browser = { browserTimeZone: "Asia/Tokyo", browserLocale: "ja" as const };
    expect(firstSignInDefaults({ timeZone: null, localeFromBrowser: true }, browser)).toEqual({
      timeZone: "Asia/Tokyo",
      locale: "ja",
      localeFromBrowser: false,
    });
    expect(firstSignInDefaults({ timeZone: "Europe/Paris", localeFromBrowser: false }, browser)).toEqual({});
    expect(firstSignInDefaults({ timeZone: null, localeFromBrowser: true }, {})).toEqual({});
  });
});

describe("first sign-in", () => {
  it("takes the zone and the language from the browser when the administrator left the language to it", async () => {
    const user = await createUser({ name: "Aiko", email: "aiko@example.com", password, role: "AGENT", locale: "browser", actor });
    expect(user.locale).toBe("en");
    const outcome = await signIn("aiko@example.com", { browserTimeZone: "Asia/Tokyo", browserLocale: "ja" });
    expect(outcome).toMatchObject({ ok: true, user: { locale: "ja" } });
    expect(await stored("aiko@example.com")).toEqual({ locale: "ja", localeFromBrowser: false, timeZone: "Asia/Tokyo" });

    // Later sign-ins from another browser change neither.
    await signIn("aiko@example.com", { browserTimeZone: "America/New_York", browserLocale: "fr" });
    expect(await stored("aiko@example.com")).toEqual({ locale: "ja", localeFromBrowser: false, timeZone: "Asia/Tokyo" });
  });

  it("keeps the language the administrator chose", async () => {
    await createUser({ name: "Basile", email: "basile@example.com", password, role: "AGENT", locale: "fr", actor });
    const outcome = await signIn("basile@example.com", { browserTimeZone: "Asia/Tokyo", browserLocale: "ja" });
    expect(outcome).toMatchObject({ ok: true, user: { locale: "fr" } });
    expect(await stored("basile@example.com")).toEqual({ locale: "fr", localeFromBrowser: false, timeZone: "Asia/Tokyo" });
  });

  it("keeps a zone the user chose, and a language switched before the first sign-in", async () => {
    const user = await createUser({ name: "Chen", email: "chen@example.com", password, role: "AGENT", actor });
    await saveUserPreferences(user.id, { timeZone: "Asia/Taipei" });
    await saveUserLocale(user.id, "zh-TW");
    await signIn("chen@example.com", { browserTimeZone: "Europe/Paris", browserLocale: "fr" });
    expect(await stored("chen@example.com")).toEqual({ locale: "zh-TW", localeFromBrowser: false, timeZone: "Asia/Taipei" });
  });

  it("changes nothing on a failed sign-in", async () => {
    await createUser({ name: "Dana", email: "dana@example.com", password, role: "AGENT", actor });
    await attemptSignIn({
      email: "dana@example.com",
      password: "wrong",
      clientKey: "dana",
      browserTimeZone: "Asia/Tokyo",
      browserLocale: "ja",
    });
    expect(await stored("dana@example.com")).toEqual({ locale: "en", localeFromBrowser: true, timeZone: null });
  });
});
