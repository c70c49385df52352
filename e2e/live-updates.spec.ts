// Live updates (issue #12 item 6): with the dashboard open, a signed inbound message puts its new
// conversation on the agent's screen through the Server-Sent Events stream — not by polling. The
// page's clock is paused once the stream is up, and advanced by less than one polling interval while
// waiting (TanStack Query renders through timers, so it must move a little), so a poll can't have
// fired: the row can only have come from the pushed event. The same then holds inside a thread.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { POLL_INTERVAL_MS } from "../components/conversations/query-keys";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { signIn } from "./support/users";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { E2E_BASE_URL } from "./support/server-env";

const sid = () => `SM${randomBytes(16).toString("hex")}`;
const displayed = (e164: string) => new RegExp(e164.slice(-4)); // the list formats numbers (+1 425-555-0142)
const STEP_MS = 20;

/** Pauses the page's timers: from now on only runFor() moves them (see pushedWithin). */
async function pauseClock(page: Page) {
  await page.clock.pauseAt(new Date(Date.now() + 1_000));
}

/**
 * Waits for `locator` to show up while the page's clock advances in small steps; returns how much page
 * time passed — which must stay under one polling interval for the update to have been pushed.
 */
async function pushedWithin(page: Page, isShown: () => Promise<boolean>): Promise<number> {
  let advanced = 0;
  await expect
    .poll(
      async () => {
        if (await isShown()) return true;
        await page.clock.runFor(STEP_MS);
        advanced += STEP_MS;
        return isShown();
      }, // Poll often: each try moves page time by only STEP_MS, and the app's coalescing wait alone is 300 ms of it.
      { intervals: [10], timeout: 15_000 },
    )
    .toBe(true);
  return advanced;
}

test("a new conversation and a new message reach the open dashboard and thread through the live stream, without polling", async ({
  page,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id], distribution: "PICK" });
  const customer = randomE164();
  const message = (body: string) => {
    const messageSid = sid();
    return withParams(readTwilioPayload("twilio-sms-inbound"), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: twilio.sid,
      To: setup.number,
      From: customer,
      Body: body,
    });
  };

  await signIn(page, agent);
  await page.clock.install();
  await page.goto("/conversations?view=queues");
  const liveNote = page.getByRole("status").filter({ hasText: /^Live$/ });
  await expect(liveNote).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const row = page.getByRole("link", { name: displayed(customer) });
  await expect(row).toHaveCount(0);
  await pauseClock(page);

  const answered = await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params: message("Is anyone there?") });
  expect(answered.status).toBe(200);
  const onDashboard = await pushedWithin(page, () => row.isVisible());
  expect(onDashboard).toBeLessThan(POLL_INTERVAL_MS);

  await page.clock.resume();
  await row.click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+$/);
  await expect(page.getByText("Is anyone there?")).toBeVisible();
  // The stream belongs to the conversations area's layout: it stays open across the navigation.
  await expect(liveNote).toBeVisible();
  await pauseClock(page);

  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params: message("Hello again") })).status).toBe(
    200,
  );
  const inThread = await pushedWithin(page, () => page.getByText("Hello again").isVisible());
  expect(inThread).toBeLessThan(POLL_INTERVAL_MS);
});

test("while the stream is live the dashboard asks the server for nothing as time passes, and its clock text still moves on", async ({
  page,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio, ...setup } = await seed.twilioSetup({ agentIds: [agent.id], distribution: "PICK" });
  const customer = randomE164();
  const messageSid = sid();
  const params = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilio.sid,
    To: setup.number,
    From: customer,
    Body: "Still there?",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilio.authToken, params })).status).toBe(200);

  await signIn(page, agent);
  await page.clock.install();
  await page.goto("/conversations?view=queues");
  await expect(page.getByRole("status").filter({ hasText: /^Live$/ })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: displayed(customer) }) });
  await expect(row).toBeVisible();
  await pauseClock(page);

  const asked: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/conversations")) asked.push(request.url());
  });
  // Three minutes of page time: the old once-a-minute refresh would have asked three times.
  await page.clock.runFor(3 * 60_000);
  await expect(row).toContainText(/3 minutes ago/);
  expect(asked).toEqual([]);
});

test("the live stream needs a session and answers as an event stream that isn't compressed or cached", async ({ page, request, seed }) => {
  const refused = await request.get("/api/events");
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toEqual({ error: "unauthenticated" });

  const agent = await seed.user("AGENT");
  await signIn(page, agent);
  const cookie = (await page.context().cookies(E2E_BASE_URL)).map((entry) => `${entry.name}=${entry.value}`).join("; ");
  const abort = new AbortController();
  const response = await fetch(`${E2E_BASE_URL}/api/events`, {
    headers: { cookie, "accept-encoding": "gzip, deflate, br" },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  expect(response.headers.get("content-encoding")).toBeNull();
  expect(response.headers.get("cache-control")).toContain("no-transform");
  // The first frame arrives at once (not held back by a buffer): the retry hint.
  const reader = response.body!.getReader();
  const first = new TextDecoder().decode((await reader.read()).value);
  expect(first).toMatch(/^retry: \d+\n/);
  abort.abort();
});
