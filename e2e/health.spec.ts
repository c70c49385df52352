// The load balancer's view of an instance (README "Running several instances"): liveness and readiness
// answer without a session and are never cached. The not-ready answers are unit-tested
// (lib/health/readiness.test.ts, lib/health/probes.test.ts).
import { expect, test } from "@playwright/test";

test("a running instance is alive and ready, without signing in", async ({ request }) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  expect(live.headers()["cache-control"]).toBe("no-store");

  const ready = await request.get("/api/health/ready");
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready" });
  expect(ready.headers()["cache-control"]).toBe("no-store");
});
