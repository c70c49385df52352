import { afterEach, describe, expect, it, vi } from "vitest";
import { auditableBotEndpoint, checkBotEndpoint } from "./bot-endpoint";
import { botSettingsSchema } from "./bot.schema";

const valid = { workstreamId: "w1", isEnabled: true, name: "  Triage bot ", endpoint: " https://bot.example.com/conversations " };
afterEach(() => vi.restoreAllMocks());

const issues = (input: unknown) =>
  botSettingsSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("checkBotEndpoint", () => {
  it.each([
    ["https://bot.example.com/hook", null],
    ["HTTPS://Bot.Example.com:8443/hook?x=1", null],
    ["http://localhost:3000/bot", null],
    ["http://127.0.0.1/bot", null],
    ["", "required"],
    ["http://bot.example.com/hook", "https"],
    ["http://localhost.example.com/hook", "https"],
    ["http://127.0.0.2/hook", "https"],
    ["ftp://bot.example.com", "https"],
    ["bot.example.com/hook", "format"],
    ["https:bot.example.com", "format"],
    ["https://", "format"],
    ["https://bot example.com", "format"],
    ["https://user:secret@bot.example.com/hook", "credentials"],
    [`https://bot.example.com/${"a".repeat(2000)}`, "tooLong"],
  ])("%s → %s", (endpoint, problem) => {
    expect(checkBotEndpoint(endpoint)).toBe(problem);
  });

  it("accepts exactly 2,000 characters", () => {
    const base = "https://bot.example.com/";
    expect(checkBotEndpoint(base + "a".repeat(2000 - base.length))).toBeNull();
  });
});

describe("auditableBotEndpoint", () => {
  it("keeps origin and path, never the query", () => {
    expect(auditableBotEndpoint("https://bot.example.com/hook?key=s3cret#x")).toBe("https://bot.example.com/hook?…");
    expect(auditableBotEndpoint("https://bot.example.com/hook")).toBe("https://bot.example.com/hook");
    expect(auditableBotEndpoint(null)).toBeNull();
  });
});

describe("botSettingsSchema", () => {
  it("trims a bot that is switched on", () => {
    expect(botSettingsSchema.parse(valid)).toEqual({
      workstreamId: "w1",
      isEnabled: true,
      name: "Triage bot",
      endpoint: "https://bot.example.com/conversations",
      handoffMinutes: 5,
      maxErrors: 3,
    });
  });

  it("reads the fallback limits from the form's text, within their ranges", () => {
    expect(botSettingsSchema.parse({ ...valid, handoffMinutes: "15", maxErrors: "1" })).toMatchObject({ handoffMinutes: 15, maxErrors: 1 });
    expect(issues({ ...valid, handoffMinutes: "0", maxErrors: "21" })).toEqual([
      ["handoffMinutes", "validation.workstreamSettings.botHandoffMinutes"],
      ["maxErrors", "validation.workstreamSettings.botMaxErrors"],
    ]);
    expect(issues({ ...valid, handoffMinutes: "1.5", maxErrors: "" })).toEqual([
      ["handoffMinutes", "validation.workstreamSettings.botHandoffMinutes"],
      ["maxErrors", "validation.workstreamSettings.botMaxErrors"],
    ]);
    expect(issues({ ...valid, handoffMinutes: "abc" })).toEqual([["handoffMinutes", "validation.workstreamSettings.botHandoffMinutes"]]);
  });

  it("asks for a name and a secure endpoint when switched on", () => {
    expect(issues({ ...valid, name: " ", endpoint: "http://bot.example.com" })).toEqual([
      ["name", "validation.workstreamSettings.botNameRequired"],
      ["endpoint", "validation.workstreamSettings.endpointHttps"],
    ]);
    expect(issues({ ...valid, name: "b".repeat(101), endpoint: "" })).toEqual([
      ["name", "validation.workstreamSettings.botNameTooLong"],
      ["endpoint", "validation.workstreamSettings.endpointRequired"],
    ]);
    expect(issues({ ...valid, name: "b".repeat(100) })).toEqual([]);
  });

  it("refuses a huge name or endpoint as too long without counting or parsing it", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    expect(issues({ ...valid, name: "b".repeat(100_000) })).toEqual([["name", "validation.workstreamSettings.botNameTooLong"]]);
    expect(issues({ ...valid, endpoint: `https://bot.example.com/${"a".repeat(100_000)}` })).toEqual([
      ["endpoint", "validation.workstreamSettings.endpointTooLong"],
    ]);
    expect(segment).not.toHaveBeenCalled();
  });

  it("ignores the fields when switched off, so a bot can always be removed", () => {
    expect(issues({ ...valid, isEnabled: false, name: "", endpoint: "not a url" })).toEqual([]);
  });
});
