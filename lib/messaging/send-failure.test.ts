import { readFileSync } from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeSendFailure } from "./send-failure";

const LOCALES = ["en", "ja", "zh-TW", "fr"] as const;
const catalogs = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    JSON.parse(readFileSync(path.resolve(process.cwd(), "messages", `${locale}.json`), "utf8")) as Record<string, unknown>,
  ]),
);

function lookup(locale: (typeof LOCALES)[number], key: string): string {
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogs[locale]);
  if (typeof value !== "string") throw new Error(`${locale}: no message ${key}`);
  return value;
}

/** The text an agent reads, as next-intl would format it. */
function render(locale: (typeof LOCALES)[number], provider: string, code: string | null, reason: string | null = null): string {
  const text = describeSendFailure(provider, code, reason);
  const values = text.explanationKey ? { ...text.values, explanation: lookup(locale, text.explanationKey) } : text.values;
  const t = createTranslator({ locale, messages: catalogs[locale] as Record<string, string> }) as unknown as (
    key: string,
    values: Record<string, string>,
  ) => string;
  return t(text.key, values);
}

describe("describeSendFailure", () => {
  it.each([
    ["TWILIO", "http-401", "credentialsRefused"],
    ["TWILIO", "20003", "credentialsRefused"],
    ["TELESIGN", "http-401", "credentialsRefused"],
    ["TELESIGN", "10008", "credentialsRefused"],
    ["TELESIGN", "-30000", "credentialsRefused"],
    ["TWILIO", "credentials", "credentialsRefused"],
    ["TELESIGN", "10010", "accountSuspended"],
    ["TWILIO", "http-429", "rateLimited"],
    ["TWILIO", "20429", "rateLimited"],
    ["TELESIGN", "10019", "rateLimited"],
    ["TWILIO", "http-503", "providerUnavailable"],
    ["TELESIGN", "unreachable", "providerUnavailable"],
    ["TWILIO", "timeout", "maybeSent"],
    ["TWILIO", "unexpectedResponse", "maybeSent"],
    ["TWILIO", "noStatusReport", "noStatusReport"],
    ["TELESIGN", "noStatusReport", "noStatusReport"],
    ["TWILIO", "http-422", "refusedHttp"],
    ["TWILIO", "21610", "withCode"],
    ["TELESIGN", "11013", "withCode"],
    ["TWILIO", "12345", "unknownCode"],
    ["TWILIO", null, "generic"],
  ])("%s %j → %s", (provider, code, kind) => {
    expect(describeSendFailure(provider, code).key).toBe(`conversations.deliveryErrors.${kind}`);
  });

  it("says what happened and what to do instead of the raw code", () => {
    expect(render("en", "TWILIO", "http-401")).toBe(
      "Twilio refused the account's credentials, so nothing was sent. An administrator should re-validate the account (Channels → Accounts).",
    );
    // TeleSign's 401 with an empty body used to read "unexpected answer, try again".
    expect(render("en", "TELESIGN", "http-401")).toMatch(/^TeleSign refused the account's credentials/);
    expect(render("en", "TWILIO", "http-422")).toBe(
      "Twilio refused the message (HTTP 422) without giving a reason. Check the customer's number and the text, then try again.",
    );
    expect(render("en", "TWILIO", "21617", "The concatenated message body exceeds the 1600 character limit.")).toBe(
      "Twilio refused the message (error 21617): The concatenated message body exceeds the 1600 character limit.",
    );
    expect(render("en", "TELESIGN", "http-400", "Invalid value for parameter message.")).toBe(
      "TeleSign refused the message (error 400): Invalid value for parameter message.",
    );
    expect(render("en", "TWILIO", "21610")).toMatch(/^Error 21610: the customer has unsubscribed/);
  });

  it.each(LOCALES)("has every text in the %s catalog, without a raw http- code", (locale) => {
    const codes = ["http-401", "10010", "http-429", "http-503", "timeout", "http-422", "21610", "11013", "12345", null];
    for (const provider of ["TWILIO", "TELESIGN"]) {
      for (const code of codes) {
        const text = render(locale, provider, code, null);
        expect(text, `${locale} ${provider} ${code}`).not.toMatch(/http-\d|\{/);
      }
    }
    expect(render(locale, "TWILIO", "21617", "Body too long")).toContain("Body too long");
  });
});
