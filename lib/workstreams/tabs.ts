// The workstream page's tabs, in the order an admin sets a workstream up (channel setup first, as the
// provider guides do). The current tab is in the URL (`?tab=`), so Back, Refresh and links land on it; each
// tab other than the overview is its own route behind a rewrite (next.config.mjs, decision 039).
export const WORKSTREAM_TABS = ["overview", "distribution", "routing", "messages", "bot", "advanced"] as const;
export type WorkstreamTab = (typeof WORKSTREAM_TABS)[number];

export function workstreamTabHref(workstreamId: string, tab: WorkstreamTab): string {
  const path = `/workstreams/${encodeURIComponent(workstreamId)}`;
  return tab === "overview" ? path : `${path}?tab=${tab}`;
}
