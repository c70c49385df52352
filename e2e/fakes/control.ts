// Typed helpers for Playwright specs to seed the fake providers over their /__fake control API.
// Each call returns what the fake stored, including generated SIDs, tokens and keys, so specs can
// use fresh credentials per test instead of depending on one another.
import { FAKE_TELESIGN_PORT, FAKE_TWILIO_PORT } from "../support/server-env";
import type { FakeTelesignCustomer, FakeTelesignCustomerInput, FakeTelesignRequest, FakeTelesignSend } from "./fake-telesign";
import type {
  FakeRecordedRequest,
  FakeTwilioAccount,
  FakeTwilioAccountInput,
  FakeTwilioBehaviourInput,
  FakeTwilioNumberInput,
} from "./fake-twilio";
import type { FakeTwilioContent, FakeTwilioContentInput, FakeTwilioService, FakeTwilioServiceInput } from "./fake-twilio-content";
import type { FakeTwilioSend, FakeTwilioSendFaultsInput, FakeTwilioUnsubscribeInput } from "./fake-twilio-messages";

export type FakeTwilioNumber = { sid: string; phone_number: string; sms_url: string; sms_method: string; sms_application_sid: string };

async function call<T>(baseUrl: string, method: "GET" | "POST", path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: body === undefined ? undefined : { "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Fake provider ${method} ${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

export function createFakeTwilioControl(baseUrl: string) {
  return {
    addAccount: (input: FakeTwilioAccountInput = {}) => call<FakeTwilioAccount>(baseUrl, "POST", "/__fake/accounts", input),
    addNumber: (input: FakeTwilioNumberInput) => call<FakeTwilioNumber>(baseUrl, "POST", "/__fake/numbers", input),
    setBehaviour: (input: FakeTwilioBehaviourInput) => call<{ ok: true }>(baseUrl, "POST", "/__fake/behaviour", input),
    reset: () => call<{ ok: true }>(baseUrl, "POST", "/__fake/reset", {}),
    requests: () => call<FakeRecordedRequest[]>(baseUrl, "GET", "/__fake/requests"),
    /** Makes Twilio refuse sends from this account to `to` with 21610, as after the customer texted STOP. */
    unsubscribe: (input: FakeTwilioUnsubscribeInput) => call<{ ok: true }>(baseUrl, "POST", "/__fake/unsubscribed", input),
    /** Answers the account's next sends 429 (with Retry-After) and/or takes them without ever answering. */
    setSendFaults: (input: FakeTwilioSendFaultsInput) => call<{ ok: true }>(baseUrl, "POST", "/__fake/send-faults", input),
    /** Makes GET …/Media/{mediaSid} answer 404, as for media that expired or was deleted at Twilio. */
    deleteMedia: (mediaSid: string) => call<{ ok: true }>(baseUrl, "POST", "/__fake/deleted-media", { mediaSid }),
    /** Every authenticated POST …/Messages.json, newest last; refused ones have sid null and their errorCode. */
    messages: () => call<FakeTwilioSend[]>(baseUrl, "GET", "/__fake/messages"),
    /** A Content API template of the account, with its WhatsApp approval (status "approved", "rejected"…). */
    addContent: (input: FakeTwilioContentInput) => call<FakeTwilioContent>(baseUrl, "POST", "/__fake/contents", input),
    setContentApproval: (input: { sid: string; status: string; rejectionReason?: string }) =>
      call<FakeTwilioContent>(baseUrl, "POST", "/__fake/contents/approval", input),
    /** Deletes a content at "Twilio": it no longer appears in ContentAndApprovals. */
    deleteContent: (sid: string) => call<{ ok: true }>(baseUrl, "POST", "/__fake/contents/delete", { sid }),
    /** Caps the page size of Content API / Messaging API lists (1000 by default, as at Twilio). */
    setListPageSize: (maxPageSize: number) => call<{ ok: true }>(baseUrl, "POST", "/__fake/content-page-size", { maxPageSize }),
    addMessagingService: (input: FakeTwilioServiceInput) => call<FakeTwilioService>(baseUrl, "POST", "/__fake/messaging-services", input),
  };
}

export function createFakeTelesignControl(baseUrl: string) {
  return {
    addCustomer: (input: FakeTelesignCustomerInput = {}) => call<FakeTelesignCustomer>(baseUrl, "POST", "/__fake/customers", input),
    reset: () => call<{ ok: true }>(baseUrl, "POST", "/__fake/reset", {}),
    requests: () => call<FakeTelesignRequest[]>(baseUrl, "GET", "/__fake/requests"),
    /** Every accepted SMS send, newest last, with the form as sent (phone_number, message, message_type, callback_url…). */
    messages: () => call<FakeTelesignSend[]>(baseUrl, "GET", "/__fake/messages"),
  };
}

export const fakeTwilio = createFakeTwilioControl(`http://127.0.0.1:${FAKE_TWILIO_PORT}`);
export const fakeTelesign = createFakeTelesignControl(`http://127.0.0.1:${FAKE_TELESIGN_PORT}`);
