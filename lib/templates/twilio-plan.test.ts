import { describe, expect, it } from "vitest";
import type { TwilioContent } from "@/lib/providers/twilio/content";
import { isFlagged, planImport, planStatusSync, templateLanguageFor, templateNameFor, type LocalTemplate } from "./twilio-plan";

const sid = (n: number) => `HX${String(n).padStart(32, "0")}`;
const content = (n: number, changes: Partial<TwilioContent> = {}): TwilioContent => ({
  sid: sid(n),
  friendlyName: `Order update ${n}`,
  whatsappName: `order_update_${n}`,
  language: "en",
  category: "UTILITY",
  body: "Hi {{1}}, your order ships {{2}}.",
  variables: { "1": "Ada", "2": "today", "3": "unused" },
  types: ["twilio/text"],
  status: "approved",
  rejectionReason: null,
  ...changes,
});
const local = (id: string, changes: Partial<LocalTemplate> = {}): LocalTemplate => ({
  id,
  name: "order_update_1",
  language: "en",
  body: "Hi {{1}}, your order ships {{2}}.",
  examples: { "1": "Ada", "2": "today" },
  contentSid: sid(1),
  ...changes,
});

describe("templateNameFor", () => {
  it.each([
    [{ whatsappName: "order_update", friendlyName: "x" }, "order_update"],
    [{ whatsappName: null, friendlyName: "Order Update – Ünïcode!" }, "order_update_unicode"],
    [{ whatsappName: "", friendlyName: "2FA code" }, "t_2fa_code"],
    [{ whatsappName: null, friendlyName: "!!!" }, null],
    [{ whatsappName: null, friendlyName: "予約" }, null],
  ])("%j → %s", (input, expected) => {
    expect(templateNameFor(input)).toBe(expected);
  });
});

describe("templateLanguageFor", () => {
  it.each([
    ["en", "en"],
    ["en_US", "en_US"],
    ["pt-BR", "pt_BR"],
    ["EN_us", "en_US"],
    ["xx", null],
    [null, null],
  ])("%j → %s", (input, expected) => {
    expect(templateLanguageFor(input)).toBe(expected);
  });
});

describe("planImport", () => {
  it("creates what is new, with Twilio's samples as the examples of the variables the body uses", () => {
    expect(planImport([content(2)], [])).toEqual([
      {
        sid: sid(2),
        friendlyName: "Order update 2",
        name: "order_update_2",
        language: "en",
        body: "Hi {{1}}, your order ships {{2}}.",
        examples: { "1": "Ada", "2": "today" },
        status: "approved",
        rejectionReason: null,
        action: "create",
        localId: null,
      },
    ]);
  });

  it("matches by Content SID first, then by name and language; unchanged when nothing differs", () => {
    expect(planImport([content(1)], [local("a")])[0]).toMatchObject({ action: "unchanged", localId: "a" });
    expect(planImport([content(1, { body: "Hello {{1}}, ships {{2}}." })], [local("a")])[0]).toMatchObject({
      action: "update",
      localId: "a",
    });
    // A hand-typed template of the same name and language, without the SID yet: the import fills it in.
    expect(planImport([content(1)], [local("b", { contentSid: null })])[0]).toMatchObject({ action: "update", localId: "b" });
  });

  it("never overwrites another template's name and language, nor imports two contents onto one", () => {
    const renamed = content(1, { whatsappName: "order_update_2" });
    const rows = planImport([renamed], [local("a"), local("b", { name: "order_update_2", contentSid: null })]);
    expect(rows[0]).toMatchObject({ action: "skip", reason: "nameTaken", localId: "a" });
    const twins = planImport([content(7, { whatsappName: "same" }), content(8, { whatsappName: "same" })], []);
    expect(twins.map((row) => (row.action === "skip" ? row.reason : row.action))).toEqual(["create", "duplicate"]);
  });

  it("skips what can't be a WhatsApp template here, saying why", () => {
    const rows = planImport(
      [content(3, { body: null }), content(4, { language: "tlh" }), content(5, { whatsappName: null, friendlyName: "???" })],
      [],
    );
    expect(rows.map((row) => (row.action === "skip" ? row.reason : row.action))).toEqual(["noBody", "unsupportedLanguage", "badName"]);
  });
});

describe("planStatusSync", () => {
  const locals = [
    { id: "a", contentSid: sid(1) },
    { id: "b", contentSid: sid(2) },
    { id: "c", contentSid: null },
  ];

  it("records each template's status and flags one Twilio no longer lists as deleted", () => {
    const changes = planStatusSync(locals, [content(1, { status: "rejected", rejectionReason: "INVALID_FORMAT" })], true);
    expect(changes).toEqual([
      { id: "a", twilioStatus: "rejected", twilioReason: "INVALID_FORMAT" },
      { id: "b", twilioStatus: "deleted", twilioReason: null },
    ]);
    expect(changes.map((change) => isFlagged(change.twilioStatus))).toEqual([true, true]);
  });

  it("doesn't call anything deleted when the listing was cut short", () => {
    expect(planStatusSync(locals, [content(1)], false)).toEqual([{ id: "a", twilioStatus: "approved", twilioReason: null }]);
  });
});

describe("isFlagged", () => {
  it.each([
    ["rejected", true],
    ["deleted", true],
    ["paused", true],
    ["disabled", true],
    ["approved", false],
    ["pending", false],
    [null, false],
  ])("%s → %s", (status, expected) => {
    expect(isFlagged(status)).toBe(expected);
  });
});
