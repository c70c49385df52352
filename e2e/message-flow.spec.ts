// The message flow end to end (SPEC §5, issue #5): real captured payloads, signed like the providers
// sign them, posted to an account's callback URL; the agent sees the conversation appear, replies,
// and the fake providers receive well-formed send requests; status callbacks and STOP move things on.
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { fakeTelesign, fakeTwilio } from "./fakes/control";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { ageConversation, countMessages, randomE164 } from "./support/message-flow";
import { postTelesignWebhook, postTwilioWebhook, readTelesignPayload, readTwilioPayload, withParams } from "./support/webhooks";
import { signIn } from "./support/users";
import { FAKE_TWILIO_PORT } from "./support/server-env";

const sid = (prefix: "SM" | "MM") => `${prefix}${randomBytes(16).toString("hex")}`;
const displayed = (e164: string) => new RegExp(e164.slice(-4)); // the list formats numbers (+1 425-555-0142)

async function openConversation(page: Page, customer: string) {
  await page.goto("/conversations");
  // New conversations appear by polling, without a reload.
  const link = page.getByRole("link", { name: displayed(customer) });
  await expect(link).toBeVisible({ timeout: 15_000 });
  await link.click();
  await expect(page).toHaveURL(/\/conversations\/[^/?]+$/);
}

test("a signed Twilio SMS reaches the agent, the reply goes out, a status callback marks it delivered, STOP blocks replies", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({
    agentIds: [agent.id],
  });
  const customer = randomE164();
  const messageSid = sid("SM");
  const inbound = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilioAccount.sid,
    To: setup.number,
    From: customer,
    Body: "My parcel hasn't arrived",
  });

  const first = await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: inbound });
  expect(first.status).toBe(200);
  expect(first.text).toContain("<Response/>");
  // Twilio retries when it doesn't hear back in time: the same MessageSid makes one message.
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: inbound })).status).toBe(200);

  await signIn(page, agent);
  await openConversation(page, customer);
  await expect(page.getByText("My parcel hasn't arrived")).toBeVisible();
  expect(await countMessages(db, messageSid)).toBe(1);
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Message", { exact: true }).fill("Sorry about that — checking now.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Sorry about that — checking now.")).toBeVisible();

  const sentBy = async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilioAccount.sid && m.sid);
  await expect.poll(async () => (await sentBy()).length).toBe(1);
  const [request] = await sentBy();
  if (!request?.sid) throw new Error("no message was sent");
  expect(request.form).toMatchObject({
    To: customer,
    From: setup.number,
    Body: "Sorry about that — checking now.",
    // Our message id rides in the query, signed with the URL (reconciliation of lost answers, decision 033).
    StatusCallback: expect.stringContaining(`${setup.callbackUrl}?sbMessageId=`),
  });

  const status = withParams(readTwilioPayload("twilio-status-sms-sent"), {
    MessageSid: request.sid,
    SmsSid: request.sid,
    MessageStatus: "delivered",
    SmsStatus: "delivered",
    AccountSid: twilioAccount.sid,
    To: customer,
    From: setup.number,
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: status })).status).toBe(200);
  await expect(page.getByText("Delivered")).toBeVisible({ timeout: 15_000 });

  const stopSid = sid("SM");
  const stop = withParams(inbound, { MessageSid: stopSid, SmsMessageSid: stopSid, SmsSid: stopSid, Body: "Stop" });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: stop })).status).toBe(200);
  await expect(page.getByText("Replies blocked")).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText(/opted out on .*keyword STOP/i)).toBeVisible();
  await expect(page.getByLabel("Message", { exact: true })).toHaveCount(0);
  // Twilio answers STOP on long codes itself; nothing more went out from Switchboard.
  expect((await fakeTwilio.messages()).filter((m) => m.accountSid === twilioAccount.sid)).toHaveLength(1);
});

test("a huge reply is refused on its field by the server, which keeps answering", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({
    agentIds: [agent.id],
  });
  const customer = randomE164();
  const messageSid = sid("SM");
  const inbound = withParams(readTwilioPayload("twilio-sms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilioAccount.sid,
    To: setup.number,
    From: customer,
    Body: "Hello?",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: inbound })).status).toBe(200);
  await signIn(page, agent);
  await openConversation(page, customer);

  // The composer refuses long text before sending; a client that skips it must get the same answer
  // from the server action: a million characters go out in place of the typed marker.
  const marker = `huge-reply-${randomBytes(4).toString("hex")}`;
  await page.route("**/conversations/**", async (route) => {
    const request = route.request();
    const body = request.postData();
    if (request.method() === "POST" && body?.includes(marker))
      await route.continue({ postData: body.replace(marker, "a".repeat(1_000_000)) });
    else await route.continue();
  });
  await page.getByLabel("Message", { exact: true }).fill(marker);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Messages can have at most 1,600 characters.")).toBeVisible();
  await expect(page.getByLabel("Message", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await page.unrouteAll();

  await page.getByLabel("Message", { exact: true }).fill("Sorry for the wait.");
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page.getByText("Sorry for the wait.")).toBeVisible();
  const sent = async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilioAccount.sid);
  await expect.poll(async () => (await sent()).map((m) => m.form.Body)).toEqual(["Sorry for the wait."]);
});

test("an MMS's media are shown to the agent, fetched with the account's credentials — unless the channel doesn't accept customers' attachments", async ({
  page,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const twilioAccount = await fakeTwilio.addAccount();
  const credentials = { accountSid: twilioAccount.sid, authToken: twilioAccount.authToken };
  const setup = await seed.messagingSetup({
    provider: "TWILIO",
    channel: "SMS",
    credentials,
    agentIds: [agent.id],
    instance: { attachmentsEnabled: true },
  });
  const closed = await seed.messagingSetup({ provider: "TWILIO", channel: "SMS", credentials, agentIds: [agent.id] });
  const mms = (to: string, from: string) => {
    const messageSid = sid("MM");
    const mediaUrl = `http://127.0.0.1:${FAKE_TWILIO_PORT}/2010-04-01/Accounts/${twilioAccount.sid}/Messages/${messageSid}/Media/ME${randomBytes(16).toString("hex")}`;
    return withParams(readTwilioPayload("twilio-mms-inbound"), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: twilioAccount.sid,
      To: to,
      From: from,
      MediaUrl0: mediaUrl,
      MediaContentType0: "image/png",
      Body: "Photo of the damage",
    });
  };
  const customer = randomE164();
  const other = randomE164();
  expect(
    (await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: mms(setup.number, customer) })).status,
  ).toBe(200);
  expect(
    (await postTwilioWebhook({ url: closed.callbackUrl, authToken: twilioAccount.authToken, params: mms(closed.number, other) })).status,
  ).toBe(200);

  await signIn(page, agent);
  await openConversation(page, customer);
  const image = page.getByRole("img", { name: /image/i });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  await openConversation(page, other);
  await expect(page.getByText("Photo of the damage")).toBeVisible();
  await expect(page.getByText(/customers can't send attachments on this channel/)).toBeVisible();
  await expect(page.getByRole("img", { name: /image/i })).toHaveCount(0);
});

test("media the provider no longer has says so in the thread instead of a broken image", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({
    agentIds: [agent.id],
    instance: { attachmentsEnabled: true },
  });
  const customer = randomE164();
  const messageSid = sid("MM");
  const mediaSid = `ME${randomBytes(16).toString("hex")}`;
  await fakeTwilio.deleteMedia(mediaSid);
  const mediaUrl = `http://127.0.0.1:${FAKE_TWILIO_PORT}/2010-04-01/Accounts/${twilioAccount.sid}/Messages/${messageSid}/Media/${mediaSid}`;
  const mms = withParams(readTwilioPayload("twilio-mms-inbound"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilioAccount.sid,
    To: setup.number,
    From: customer,
    MediaUrl0: mediaUrl,
    MediaContentType0: "image/jpeg",
    Body: "Here is the receipt",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: mms })).status).toBe(200);

  await signIn(page, agent);
  await openConversation(page, customer);
  await expect(page.getByText("Here is the receipt")).toBeVisible();
  await expect(page.getByText("Media unavailable:")).toBeVisible();
  await expect(page.getByText(/expired or was deleted at the provider/)).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole("img", { name: /image/i })).toHaveCount(0);
});

test("a WhatsApp location, a button reply and an unknown kind are shown with what they carry, never as an empty bubble", async ({
  page,
  seed,
  db,
}) => {
  const agent = await seed.user("AGENT");
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({
    channel: "WHATSAPP",
    agentIds: [agent.id],
  });
  const customer = randomE164();
  const post = async (name: string, overrides: Record<string, string>) => {
    const messageSid = sid("SM");
    const params = withParams(readTwilioPayload(name), {
      MessageSid: messageSid,
      SmsMessageSid: messageSid,
      SmsSid: messageSid,
      AccountSid: twilioAccount.sid,
      To: `whatsapp:${setup.number}`,
      From: `whatsapp:${customer}`,
      ...overrides,
    });
    expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params })).status).toBe(200);
    await expect.poll(() => countMessages(db, messageSid)).toBe(1);
  };
  // The real capture: Latitude, Longitude, Address, Label and an empty Body.
  await post("twilio-whatsapp-inbound-location", {});

  await signIn(page, agent);
  await page.goto("/conversations");
  const row = page.getByRole("row").filter({ hasText: displayed(customer) });
  await expect(row).toContainText("📍 Microsoft — Evert van de Beekstraat 354");
  await openConversation(page, customer);
  const thread = page.getByRole("log", { name: /Messages with/ });
  await expect(thread.getByText("Microsoft", { exact: true })).toBeVisible();
  await expect(thread.getByText("Evert van de Beekstraat 354, Schiphol, North Holland 1118 CZ")).toBeVisible();
  await expect(thread.getByRole("link", { name: "Open in OpenStreetMap" })).toHaveAttribute(
    "href",
    "https://www.openstreetmap.org/?mlat=52.303898&mlon=4.750026#map=16/52.303898/4.750026",
  );

  await post("twilio-whatsapp-inbound-text", {
    Body: "",
    MessageType: "button",
    ButtonText: "Yes, reschedule",
    ButtonPayload: "reschedule-yes",
  });
  await expect(thread.getByText("Tapped the button “Yes, reschedule”")).toBeVisible({ timeout: 15_000 });
  await post("twilio-whatsapp-inbound-text", { Body: "", MessageType: "reaction" });
  await expect(thread.getByText("The customer sent a kind of message Switchboard can't show here (reaction).")).toBeVisible({
    timeout: 15_000,
  });
  await expectNoSeriousA11yViolations(page);
});

test("a WhatsApp conversation older than 24 hours only offers templates, sent as ContentSid + ContentVariables", async ({
  page,
  db,
  seed,
}) => {
  const agent = await seed.user("AGENT");
  const contentSid = `HX${randomBytes(16).toString("hex")}`;
  const { twilio: twilioAccount, ...setup } = await seed.twilioSetup({
    channel: "WHATSAPP",
    agentIds: [agent.id],
    templates: [
      { name: "order_update", body: "Hello {{1}}, your order {{2}} has shipped.", examples: { "1": "Ana", "2": "A-100" }, contentSid },
      { name: "draft_notice", body: "We are still working on {{1}}.", examples: { "1": "your request" }, contentSid: null },
    ],
  });
  const customer = randomE164();
  const messageSid = sid("SM");
  const inbound = withParams(readTwilioPayload("twilio-whatsapp-inbound-text"), {
    MessageSid: messageSid,
    SmsMessageSid: messageSid,
    SmsSid: messageSid,
    AccountSid: twilioAccount.sid,
    To: `whatsapp:${setup.number}`,
    From: `whatsapp:${customer}`,
    Body: "Is my order on its way?",
  });
  expect((await postTwilioWebhook({ url: setup.callbackUrl, authToken: twilioAccount.authToken, params: inbound })).status).toBe(200);
  await expect.poll(() => countMessages(db, messageSid)).toBe(1);
  await ageConversation(db, `whatsapp:${customer}`, 25);

  await signIn(page, agent);
  await openConversation(page, customer);
  await expect(page.getByText("Is my order on its way?")).toBeVisible();
  await expect(page.getByLabel("Message", { exact: true })).toHaveCount(0);
  const picker = page.getByRole("form", { name: "Send a WhatsApp template" });
  await expect(picker).toBeVisible();
  await expect(picker.getByRole("radio", { name: /draft_notice/ })).toBeDisabled();
  await picker.getByRole("radio", { name: /order_update/ }).check();
  await picker.getByLabel("Value for {{1}}").fill("Marie");
  await picker.getByLabel("Value for {{2}}").fill("B-204");
  await expect(picker.getByText("Hello Marie, your order B-204 has shipped.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await picker.getByRole("button", { name: "Send template" }).click();

  await expect.poll(async () => (await fakeTwilio.messages()).filter((m) => m.accountSid === twilioAccount.sid && m.sid).length).toBe(1);
  const [request] = (await fakeTwilio.messages()).filter((m) => m.accountSid === twilioAccount.sid);
  expect(request!.form).toMatchObject({ To: `whatsapp:${customer}`, From: `whatsapp:${setup.number}`, ContentSid: contentSid });
  expect(JSON.parse(request!.form.ContentVariables!)).toEqual({ "1": "Marie", "2": "B-204" });
  expect(request!.form.Body).toBeUndefined();
});

test("a TeleSign MO SMS round trip: inbound, reply through /v1/messaging, delivery report", async ({ page, seed }) => {
  const agent = await seed.user("AGENT");
  const { telesign: customerAccount, ...setup } = await seed.telesignSetup({
    agentIds: [agent.id],
  });
  const customerDigits = randomE164().slice(1);
  const referenceId = randomBytes(16).toString("hex").toUpperCase();
  const mo = JSON.parse(readTelesignPayload("telesign-mo-sms-inbound")) as {
    reference_id: string;
    user_response: { phone_number: string; mo_message: string };
  };
  mo.reference_id = referenceId;
  mo.user_response.phone_number = customerDigits;
  mo.user_response.mo_message = "Bonjour, où en est ma commande ?";
  const response = await postTelesignWebhook({ url: setup.callbackUrl, ...customerAccount, body: JSON.stringify(mo) });
  expect(response.status).toBe(200);

  await signIn(page, agent);
  await openConversation(page, `+${customerDigits}`);
  await expect(page.getByText("Bonjour, où en est ma commande ?")).toBeVisible();
  await page.getByLabel("Message", { exact: true }).fill("Elle part aujourd'hui.");
  await page.getByRole("button", { name: "Send", exact: true }).click();

  await expect.poll(async () => (await fakeTelesign.messages()).filter((m) => m.customerId === customerAccount.customerId).length).toBe(1);
  const [sent] = (await fakeTelesign.messages()).filter((m) => m.customerId === customerAccount.customerId);
  // The reply leaves from the conversation's number, so the customer's answer comes back to it (#10.13).
  expect(sent!.form).toMatchObject({
    phone_number: customerDigits,
    message: "Elle part aujourd'hui.",
    message_type: "ARN",
    callback_url: expect.stringContaining(`${setup.callbackUrl}?sbMessageId=`),
    sender_id: setup.number.slice(1),
  });

  const report = JSON.parse(readTelesignPayload("telesign-dlr-delivered")) as { reference_id: string };
  report.reference_id = sent!.referenceId;
  expect((await postTelesignWebhook({ url: setup.callbackUrl, ...customerAccount, body: JSON.stringify(report) })).status).toBe(200);
  await expect(page.getByText("Delivered")).toBeVisible({ timeout: 15_000 });
});
