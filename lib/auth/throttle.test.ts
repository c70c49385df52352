import { describe, expect, it } from "vitest";
import { FREE_ATTEMPTS, MAX_WAIT_SECONDS, secondsUntilNextAttempt } from "./throttle";

const now = new Date("2026-11-21T10:00:00Z");
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);

describe("secondsUntilNextAttempt", () => {
  it("lets the first attempts through", () => {
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS - 1, secondsAgo(0), now)).toBe(0);
  });

  it("doubles the wait with each further failure, up to the cap", () => {
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS, secondsAgo(0), now)).toBe(2);
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS + 1, secondsAgo(0), now)).toBe(4);
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS + 3, secondsAgo(1), now)).toBe(15);
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS + 40, secondsAgo(0), now)).toBe(MAX_WAIT_SECONDS);
  });

  it("counts the time already waited", () => {
    expect(secondsUntilNextAttempt(FREE_ATTEMPTS + 1, secondsAgo(4), now)).toBe(0);
  });
});
