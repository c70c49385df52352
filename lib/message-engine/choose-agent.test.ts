import { describe, expect, it } from "vitest";
import { chooseAgent } from "./choose-agent";

const agent = (userId: string, load: number, capacity = 10, presence = "AVAILABLE") => ({ userId, load, capacity, presence });

describe("chooseAgent", () => {
  it("picks the least loaded agent whose presence the workstream allows", () => {
    expect(
      chooseAgent({
        candidates: [agent("a", 5), agent("b", 2), agent("c", 0, 10, "AWAY")],
        allowedPresences: ["AVAILABLE"],
        units: 1,
        preferredUserId: null,
      }),
    ).toBe("b");
  });

  it("skips agents without capacity for one more conversation", () => {
    expect(
      chooseAgent({ candidates: [agent("a", 9, 10), agent("b", 3, 4)], allowedPresences: ["AVAILABLE"], units: 2, preferredUserId: null }),
    ).toBeNull();
  });

  it("keeps the customer's previous agent when eligible", () => {
    expect(
      chooseAgent({ candidates: [agent("a", 5), agent("b", 0)], allowedPresences: ["AVAILABLE"], units: 1, preferredUserId: "a" }),
    ).toBe("a");
    expect(
      chooseAgent({ candidates: [agent("a", 10), agent("b", 0)], allowedPresences: ["AVAILABLE"], units: 1, preferredUserId: "a" }),
    ).toBe("b");
  });
});
