import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { describeAuditDetails, type AuditLabeller } from "./describe-details";

function labeller(locale: "en" | "ja"): AuditLabeller {
  const t = createTranslator({ locale, messages: locale === "en" ? en : ja });
  return {
    t: (key, values) => (t as (key: string, values?: Record<string, string>) => string)(key, values),
    has: (key) => t.has(key as never),
    locale,
    localeName: (code) => (code === "ja-JP" ? "Japanese (Japan) — ja-JP" : code),
  };
}
const lines = (details: Record<string, unknown>, locale: "en" | "ja" = "en") =>
  describeAuditDetails(details, labeller(locale)).map((line) => line.text);

describe("describeAuditDetails", () => {
  it("labels fields and codes instead of showing stored names", () => {
    expect(lines({ validationStatus: "VALID", channel: "SMS", provider: "TWILIO" })).toEqual([
      "Validation: Validated",
      "Channel: SMS",
      "Provider: Twilio",
    ]);
    expect(lines({ validationStatus: "VALID" }, "ja")).toEqual(["検証: 検証済み"]);
    expect(lines({ status: { from: "draft", to: "ready" } })).toEqual(["Status: Draft → Ready"]);
    expect(lines({ defaultLocale: { from: "en-US", to: "ja-JP" } })).toEqual(["Default language: en-US → Japanese (Japan) — ja-JP"]);
    expect(lines({ agentsCanSend: { from: false, to: true } })).toEqual(["Agents can send attachments: No → Yes"]);
    expect(lines({ result: "authFailed" })[0]).toMatch(/^Result: Twilio rejected this Account SID/);
  });

  it("renders lists as lists and leaves out empty ones", () => {
    expect(lines({ membersAdded: ["ann@example.com", "bob@example.com"], restoreFailed: [], restoredWebhooks: 1 })).toEqual([
      "Members added: ann@example.com and bob@example.com",
      "Webhooks restored: 1",
    ]);
    expect(lines({ allowedPresences: { from: ["AVAILABLE"], to: ["AVAILABLE", "AWAY"] } })).toEqual([
      "Allowed presences: Available → Available and Away",
    ]);
    expect(lines({ conditions: [{ field: "messageText", operator: "contains", value: "refund" }] })).toEqual([
      "Conditions: Message text contains “refund”",
    ]);
  });

  it("keeps secrets hidden and reads unknown keys humanised", () => {
    expect(lines({ secret: { from: "[redacted]", to: "[redacted]" } })).toEqual(["Secret: hidden → hidden"]);
    expect(lines({ someNewSetting: "on" })).toEqual(["Some new setting: on"]);
  });
});
