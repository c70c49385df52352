import { describe, expect, it } from "vitest";
import { diffChanges, redact, REDACTED } from "./redact";

describe("redact", () => {
  it("hides secret-looking keys at any depth and keeps the rest", () => {
    expect(
      redact({
        name: "Main",
        authToken: "abc",
        credentials: { apiKey: "k", customerId: "c" },
        list: [{ password: "p" }],
        empty: { secret: "" },
      }),
    ).toEqual({ name: "Main", authToken: REDACTED, credentials: REDACTED, list: [{ password: REDACTED }], empty: { secret: "" } });
  });
});

describe("diffChanges", () => {
  it("lists changed fields and marks a changed secret without revealing it", () => {
    expect(diffChanges({ name: "A", role: "VIEWER", authToken: "old" }, { name: "A", role: "AGENT", authToken: "new" })).toEqual({
      role: { from: "VIEWER", to: "AGENT" },
      authToken: { from: REDACTED, to: REDACTED },
    });
  });
});
