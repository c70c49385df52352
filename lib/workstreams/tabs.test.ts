import { describe, expect, it } from "vitest";
import { parseWorkstreamTab, workstreamTabHref } from "./tabs";

describe("workstream tabs", () => {
  it("reads a known tab and falls back to the overview for anything else", () => {
    expect(parseWorkstreamTab("routing")).toBe("routing");
    expect(parseWorkstreamTab("nope")).toBe("overview");
    expect(parseWorkstreamTab(["bot"])).toBe("overview");
    expect(parseWorkstreamTab(undefined)).toBe("overview");
  });

  it("links the overview without a query and every other tab with ?tab=", () => {
    expect(workstreamTabHref("ws1", "overview")).toBe("/workstreams/ws1");
    expect(workstreamTabHref("ws1", "messages")).toBe("/workstreams/ws1?tab=messages");
  });
});
