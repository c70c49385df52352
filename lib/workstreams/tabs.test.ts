import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import nextConfig, { WORKSTREAM_TAB_ROUTES } from "../../next.config.mjs";
import { WORKSTREAM_TABS, workstreamTabHref } from "./tabs";

describe("workstream tabs", () => {
  it("links the overview without a query and every other tab with ?tab=", () => {
    expect(workstreamTabHref("ws1", "overview")).toBe("/workstreams/ws1");
    expect(workstreamTabHref("ws1", "messages")).toBe("/workstreams/ws1?tab=messages");
  });

  // Decision 039: each tab other than the overview is a route of its own, reached at ?tab= by a rewrite.
  it("rewrites ?tab= of every other tab to that tab's own route, which exists", async () => {
    expect(WORKSTREAM_TAB_ROUTES).toEqual(WORKSTREAM_TABS.filter((tab) => tab !== "overview"));
    const rewrites = await nextConfig.rewrites!();
    const beforeFiles = Array.isArray(rewrites) ? rewrites : rewrites.beforeFiles;
    for (const tab of WORKSTREAM_TAB_ROUTES) {
      expect(beforeFiles).toContainEqual({
        source: "/workstreams/:id",
        has: [{ type: "query", key: "tab", value: tab }],
        destination: `/workstreams/:id/${tab}`,
      });
      expect(existsSync(fileURLToPath(new URL(`../../app/(app)/workstreams/[id]/${tab}/page.tsx`, import.meta.url)))).toBe(true);
    }
  });
});
