// Behaviours around the conversation (SPEC §2, §5): a short code's own compliance keywords, the
// out-of-hours automated message, closing with the survey and a later message starting anew, and an
// agent's attachment offered to Twilio as MediaUrl.
import { randomBytes, randomInt } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTwilio } from "./fakes/control";
import { FAKE_MEDIA_PNG } from "./fakes/fake-twilio-messages";
import { countConversations, randomE164 } from "./support/message-flow";
import { postTwilioWebhook, readTwilioPayload, withParams } from "./support/webhooks";
import { signIn } from "./support/users";

function inbound(options: { accountSid: string; to: string; from: string; body: string }) {
  const sid = `SM${randomBytes(16).toString("hex")}`;
  return withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: sid,
    SmsMessageSid: sid,
    SmsSid: sid,
    AccountSid: options.accountSid,
    To: options.to,
    From: options.from,
    Body: options.body,
  });
}

async function sentBy(accountSid: string) {
  return (await fakeTwilio.messages()).filter((message) => message.accountSid === accountSid && message.sid);
}

async function openConversation(page: Page, customer: string) {
  await page.goto("/conversations");
  const link = page.getByRole("link", { name: new RegExp(customer.slice(-4)) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+$/);
}

test("a short code answers its own opt-out keyword with its compliance message", async ({ seed }) => {
  const agent = await seed.user("AGENT");
  const shortCode = String(randomInt(10_000, 999_999));
  const { twilio: account, ...setup } = await seed.twilioSetup({
    address: `US:${shortCode}`,
    agentIds: [agent.id],
    compliance: {
      help: { keywords: ["HELP", "AIDE"], message: "Acme alerts: help at acme.example." },
      optOut: { keywords: ["STOP", "ARRET"], message: "Acme alerts: you are unsubscribed." },
      reOptIn: { keywords: ["START"], message: "Acme alerts: welcome back." },
    },
  });
  const customer = randomE164();
  // The real short-code capture (To without "+"), pointed at this account.
  const params = withParams(readTwilioPayload("twilio-sms-inbound-to-shortcode"), {
    AccountSid: account.sid,
    To: shortCode,
    From: customer,
    Body: "arret",
    MessageSid: `SM${randomBytes(16).toString("hex")}`,
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: account.authToken, params })).status).toBe(200);
  await expect.poll(async () => (await sentBy(account.sid)).length).toBe(1);
  const [reply] = await sentBy(account.sid);
  expect(reply!.form).toMatchObject({ To: customer, From: shortCode, Body: "Acme alerts: you are unsubscribed." });
});

test("outside operating hours the automated message answers; closing resolves, sends the survey, and a later message starts a new conversation", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: account, ...setup } = await seed.twilioSetup({
    agentIds: [agent.id],
    operatingHours: { timeZone: "Europe/Paris", weekly: {} }, // never open
    automatedMessages: [
      { trigger: "outOfOperatingHours", locale: "en-US", text: "We're closed now; an agent will answer from 9:00." },
      { trigger: "greeting", locale: "en-US", text: "Hello! An agent will be with you shortly." },
    ],
    instance: { surveyEnabled: true, surveyMessage: "How did we do?", surveyLink: "https://survey.example/acme" },
  });
  const customer = randomE164();
  expect(
    (
      await postTwilioWebhook({
        url: setup.callbackUrl,
        authToken: account.authToken,
        params: inbound({ accountSid: account.sid, to: setup.number, from: customer, body: "Are you open?" }),
      })
    ).status,
  ).toBe(200);
  await expect
    .poll(async () => (await sentBy(account.sid)).map((message) => message.form.Body))
    .toEqual(["We're closed now; an agent will answer from 9:00."]);

  await signIn(page, agent);
  await openConversation(page, customer);
  await expect(page.getByText("We're closed now; an agent will answer from 9:00.")).toBeVisible();
  await page.getByRole("button", { name: "Close", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Close conversation" }).click();
  await expect(page.getByText("Resolved", { exact: true }).first()).toBeVisible();
  await expect
    .poll(async () => (await sentBy(account.sid)).map((message) => message.form.Body))
    .toContain("How did we do? https://survey.example/acme");
  expect(await countConversations(db, customer)).toEqual({ open: 0, resolved: 1 });

  expect(
    (
      await postTwilioWebhook({
        url: setup.callbackUrl,
        authToken: account.authToken,
        params: inbound({ accountSid: account.sid, to: setup.number, from: customer, body: "One more thing" }),
      })
    ).status,
  ).toBe(200);
  await expect.poll(() => countConversations(db, customer)).toEqual({ open: 1, resolved: 1 });
});

test("an agent's attachment is checked against the channel's rules and offered to Twilio as a MediaUrl", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const { twilio: account, ...setup } = await seed.twilioSetup({
    agentIds: [agent.id],
    instance: { attachmentsEnabled: true, agentsCanSend: true, allowedFileTypes: [".png", ".pdf"] },
  });
  const customer = randomE164();
  expect(
    (
      await postTwilioWebhook({
        url: setup.callbackUrl,
        authToken: account.authToken,
        params: inbound({ accountSid: account.sid, to: setup.number, from: customer, body: "Can you send the label?" }),
      })
    ).status,
  ).toBe(200);

  await signIn(page, agent);
  await openConversation(page, customer);
  const files = page.locator("input[type=file]");
  await files.setInputFiles({ name: "virus.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ") });
  await expect(page.getByText(/virus\.exe: this type of file can't be sent here/)).toBeVisible();
  await page.getByRole("button", { name: "Remove virus.exe" }).click();
  await files.setInputFiles({ name: "label.png", mimeType: "image/png", buffer: FAKE_MEDIA_PNG });
  await page.getByLabel("Message", { exact: true }).fill("Here is your label.");
  await page.getByRole("button", { name: "Send", exact: true }).click();

  await expect.poll(async () => (await sentBy(account.sid)).length).toBe(1);
  const [sent] = await sentBy(account.sid);
  expect(sent!.form.Body).toBe("Here is your label.");
  expect(sent!.mediaUrls).toHaveLength(1);
  // Twilio fetches the file from the public URL we gave it.
  const media = await fetch(sent!.mediaUrls[0]!);
  expect(media.status).toBe(200);
  expect(media.headers.get("content-type")).toBe("image/png");
  expect(Buffer.from(await media.arrayBuffer()).equals(FAKE_MEDIA_PNG)).toBe(true);
});
