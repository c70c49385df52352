import { describe, expect, it } from "vitest";
import { MAX_BOT_ANSWER_BYTES, parseBotAnswer } from "./protocol";

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === "string" ? value : JSON.stringify(value));
const parse = (value: unknown) => parseBotAnswer(bytes(value));

describe("parseBotAnswer", () => {
  it("reads messages and a hand-off to the routing or to a named queue", () => {
    expect(parse({ messages: [{ text: " Hello! " }], handoff: { to: "routing" } })).toEqual({
      ok: true,
      answer: { messages: [{ text: "Hello!" }], handoff: { to: "routing" } },
    });
    expect(parse({ handoff: { to: "queue", queue: "Billing" } })).toEqual({
      ok: true,
      answer: { messages: [], handoff: { to: "queue", queue: "Billing" } },
    });
  });

  it("takes an empty body or an empty object as 'nothing to do yet'", () => {
    expect(parse("")).toEqual({ ok: true, answer: { messages: [], handoff: null } });
    expect(parse({})).toEqual({ ok: true, answer: { messages: [] } });
    expect(parse({ messages: [], handoff: null })).toEqual({ ok: true, answer: { messages: [], handoff: null } });
  });

  it("ignores fields it doesn't know, so bots can send more in later versions", () => {
    expect(parse({ messages: [{ text: "Hi", buttons: ["a"] }], debug: true })).toEqual({
      ok: true,
      answer: { messages: [{ text: "Hi" }] },
    });
  });

  it.each([
    ["an unknown hand-off target", { handoff: { to: "agent", id: "u1" } }, "handoff.to"],
    ["a queue hand-off without a queue", { handoff: { to: "queue" } }, "handoff.queue"],
    ["an empty message", { messages: [{ text: "   " }] }, "messages.0.text"],
    ["a message over 1,600 characters", { messages: [{ text: "a".repeat(1601) }] }, "messages.0.text"],
    ["more than five messages", { messages: Array.from({ length: 6 }, () => ({ text: "x" })) }, "messages"],
    ["messages that aren't a list", { messages: "Hello" }, "messages"],
  ])("refuses %s", (_name, answer, path) => {
    const parsed = parse(answer);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.problem).toBe("invalid");
      expect(parsed.detail?.startsWith(`${path}:`)).toBe(true);
    }
  });

  it("refuses text that isn't JSON, and an answer over the size limit without parsing it", () => {
    expect(parse("<html>Bad gateway</html>")).toEqual({ ok: false, problem: "notJson" });
    const huge = new Uint8Array(MAX_BOT_ANSWER_BYTES + 1).fill(32);
    expect(parseBotAnswer(huge)).toEqual({ ok: false, problem: "tooLarge" });
    expect(parse({ messages: [{ text: "a".repeat(1600) }] }).ok).toBe(true);
  });
});
