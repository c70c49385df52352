// The Content API and Messaging Services clients against the e2e fake Twilio (which speaks the shapes
// of Twilio's OpenAPI specs) and scripted local servers for the odd answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { json, withLocalServer } from "../testing/local-server";
import { listTwilioContent, mapApprovalStatus } from "./content";
import { listMessagingServices } from "./messaging-services";

let fake: Awaited<ReturnType<typeof startFakeTwilio>>;
let control: ReturnType<typeof createFakeTwilioControl>;
let account: { sid: string; authToken: string };

const text = (body: string) => ({ "twilio/text": { body } });

beforeAll(async () => {
  fake = await startFakeTwilio({ port: 0 });
  control = createFakeTwilioControl(fake.url);
  account = await control.addAccount();
  for (let i = 1; i <= 5; i++) {
    await control.addContent({
      accountSid: account.sid,
      friendlyName: `Order update ${i}`,
      language: "en",
      variables: { "1": "Ada" },
      types: text(`Hi {{1}}, order ${i} is on its way.`),
      approval: {
        name: `order_update_${i}`,
        category: "UTILITY",
        status: i === 5 ? "rejected" : "approved",
        rejectionReason: i === 5 ? "INVALID_FORMAT" : "",
      },
    });
  }
  const other = await control.addAccount();
  await control.addContent({ accountSid: other.sid, friendlyName: "Not yours", types: text("x"), approval: { status: "approved" } });
});
afterAll(() => fake.close());

describe("listTwilioContent", () => {
  it("follows next_page_url on the configured origin until the last page, and maps each content", async () => {
    const result = await listTwilioContent({ ...credentials(), baseUrl: fake.url, pageSize: 2 });
    if (!result.ok) throw new Error(result.reason);
    expect(result).toMatchObject({ complete: true, pages: 3 });
    expect(result.items.map((item) => item.friendlyName)).toEqual([1, 2, 3, 4, 5].map((i) => `Order update ${i}`));
    expect(result.items[0]).toMatchObject({
      whatsappName: "order_update_1",
      language: "en",
      category: "UTILITY",
      body: "Hi {{1}}, order 1 is on its way.",
      variables: { "1": "Ada" },
      types: ["twilio/text"],
      status: "approved",
      rejectionReason: null,
    });
    expect(result.items[4]).toMatchObject({ status: "rejected", rejectionReason: "INVALID_FORMAT" });
    // Pages 2 and 3 came from the fake (its next_page_url names content.twilio.com), with a PageToken.
    const listed = (await control.requests()).filter((request) => request.path === "/v2/ContentAndApprovals");
    expect(listed.slice(-3).map((request) => request.query.PageToken ?? null)).toEqual([null, expect.any(String), expect.any(String)]);
  });

  it("asks for ChannelEligibility=whatsapp:approved when importing", async () => {
    const result = await listTwilioContent({ ...credentials(), baseUrl: fake.url, approvedOnly: true, pageSize: 3 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.items.map((item) => item.status)).toEqual(["approved", "approved", "approved", "approved"]);
    const last = (await control.requests()).at(-1);
    expect(last?.query.ChannelEligibility).toBe("whatsapp:approved");
  });

  it("reports a list longer than maxPages as incomplete", async () => {
    const result = await listTwilioContent({ ...credentials(), baseUrl: fake.url, pageSize: 2, maxPages: 2 });
    expect(result).toMatchObject({ ok: true, complete: false, pages: 2 });
  });

  it("maps a refused pair to authFailed", async () => {
    const result = await listTwilioContent({ accountSid: account.sid, authToken: "wrong", baseUrl: fake.url });
    expect(result).toMatchObject({ ok: false, reason: "authFailed", httpStatus: 401, providerCode: 20003 });
  });

  it("refuses a page whose contents don't match the spec, or whose next page is another list", async () => {
    await withLocalServer(json(200, { contents: [{ sid: "not-a-sid" }], meta: { next_page_url: null } }), async (baseUrl) => {
      expect(await listTwilioContent({ ...credentials(), baseUrl })).toMatchObject({ ok: false, reason: "unexpectedResponse" });
    });
    const elsewhere = { contents: [], meta: { next_page_url: "https://content.twilio.com/v1/Content?PageToken=x" } };
    await withLocalServer(json(200, elsewhere), async (baseUrl, seen) => {
      expect(await listTwilioContent({ ...credentials(), baseUrl })).toMatchObject({ ok: false, reason: "unexpectedResponse" });
      expect(seen).toHaveLength(1);
    });
  });

  it("reads the approval nested under whatsapp too (the ApprovalRequests shape)", async () => {
    const body = {
      contents: [{ sid: `HX${"a".repeat(32)}`, types: text("Hi"), approval_requests: { whatsapp: { status: "paused", name: "hi" } } }],
      meta: { next_page_url: null },
    };
    await withLocalServer(json(200, body), async (baseUrl) => {
      const result = await listTwilioContent({ ...credentials(), baseUrl });
      expect(result.ok && result.items[0]).toMatchObject({ status: "paused", whatsappName: "hi" });
    });
  });
});

describe("mapApprovalStatus", () => {
  it.each([
    ["approved", "approved"],
    ["APPROVED", "approved"],
    ["received", "pending"],
    ["pending", "pending"],
    ["rejected", "rejected"],
    ["paused", "paused"],
    ["disabled", "disabled"],
    ["unsubmitted", "unsubmitted"],
    ["", "unsubmitted"],
    [null, "unsubmitted"],
    ["in_appeal", "unknown"],
  ])("%j → %s", (status, expected) => {
    expect(mapApprovalStatus(status)).toBe(expected);
  });
});

describe("listMessagingServices", () => {
  it("lists the account's services over every page, with their defer-to-sender setting", async () => {
    const own = await control.addAccount();
    await control.addMessagingService({ accountSid: own.sid, friendlyName: "US 10DLC", useInboundWebhookOnNumber: true });
    await control.addMessagingService({
      accountSid: own.sid,
      friendlyName: "Marketing",
      useInboundWebhookOnNumber: false,
      inboundRequestUrl: "https://example.com/in",
    });
    await control.addMessagingService({ accountSid: own.sid, friendlyName: "Alerts" });
    const result = await listMessagingServices({ accountSid: own.sid, authToken: own.authToken, baseUrl: fake.url, pageSize: 2 });
    if (!result.ok) throw new Error(result.reason);
    expect(result.pages).toBe(2);
    expect(result.items).toEqual([
      { sid: expect.stringMatching(/^MG[0-9a-f]{32}$/), friendlyName: "US 10DLC", inboundRequestUrl: null, defersToSender: true },
      { sid: expect.stringMatching(/^MG/), friendlyName: "Marketing", inboundRequestUrl: "https://example.com/in", defersToSender: false },
      { sid: expect.stringMatching(/^MG/), friendlyName: "Alerts", inboundRequestUrl: null, defersToSender: true },
    ]);
  });
});

function credentials() {
  return { accountSid: account.sid, authToken: account.authToken };
}
