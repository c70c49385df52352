import { describe, expect, it } from "vitest";
import { parseEventDetail, threadEventKey } from "./thread-events";

describe("thread event lines", () => {
  it("names the line for a hand-off and for each fallback reason", () => {
    expect(threadEventKey({ kind: "botHandoff", detail: parseEventDetail('{"queueName":"Billing"}') })).toBe("handoff");
    expect(threadEventKey({ kind: "botHandoff", detail: parseEventDetail('{"reason":"unknownQueue"}') })).toBe("handoffUnknownQueue");
    expect(threadEventKey({ kind: "botFallback", detail: parseEventDetail('{"reason":"timeout"}') })).toBe("fallback.timeout");
    expect(threadEventKey({ kind: "botFallback", detail: parseEventDetail('{"reason":"noHandoff","minutes":5}') })).toBe(
      "fallback.noHandoff",
    );
  });

  it("reads odd stored details leniently instead of failing the thread", () => {
    expect(parseEventDetail("not json")).toEqual({});
    expect(parseEventDetail('{"reason":"somethingNew","queueName":7}')).toMatchObject({ reason: null, queueName: null });
    expect(threadEventKey({ kind: "botFallback", detail: parseEventDetail('{"reason":"somethingNew"}') })).toBe("fallback.other");
    expect(threadEventKey({ kind: "later", detail: {} })).toBe("other");
  });
});
