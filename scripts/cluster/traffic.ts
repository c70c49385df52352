// The cluster benchmark's load (issue #12 items 9–10): Twilio-signed inbound SMS from many customers,
// sent round-robin across the app instances as a load balancer would. Each customer sends its messages
// one after another (the next once the previous was acknowledged), so a customer's send order is its
// arrival order; the customers send concurrently. A share of messages is sent again as Twilio retries
// (same MessageSid and signature) to another instance. A request that fails (an instance killed or
// restarting) goes to the next instance, as Twilio's retry through a load balancer would.
import { randomBytes } from "node:crypto";
import twilio from "twilio";

export type PlannedMessage = {
  sid: string;
  customer: string;
  /** The customer's n-th message (0-based): its expected place in the conversation. */
  seq: number;
  /** Sent again as a Twilio retry once acknowledged. */
  retried: boolean;
  body: string;
  signature: string;
};

export type TrafficPlan = { messages: PlannedMessage[]; ourNumber: string; customers: string[] };

export type PlanOptions = {
  messages: number;
  customers: number;
  /** Every n-th message is retried (0: none). */
  retryEvery: number;
  accountSid: string;
  authToken: string;
  /** The callback URL as the app rebuilds it from PUBLIC_BASE_URL: what Twilio signs. */
  signedUrl: string;
  ourNumber: string;
};

export function customerAddress(index: number) {
  return `+1415555${String(index).padStart(4, "0")}`;
}

export function planTraffic(options: PlanOptions): TrafficPlan {
  const customers = Array.from({ length: options.customers }, (_, index) => customerAddress(index));
  const messages = Array.from({ length: options.messages }, (_, index): PlannedMessage => {
    const customer = customers[index % customers.length]!;
    const seq = Math.floor(index / customers.length);
    const sid = `SM${randomBytes(16).toString("hex")}`;
    const body = `cluster ${customer} #${seq}`;
    // A real inbound SMS's fields (test-data/reference/payloads/twilio-sms-inbound.form).
    const params = inboundParams({ sid, from: customer, to: options.ourNumber, body, accountSid: options.accountSid });
    return {
      sid,
      customer,
      seq,
      retried: options.retryEvery > 0 && index % options.retryEvery === 0,
      body: new URLSearchParams(params).toString(),
      signature: twilio.getExpectedTwilioSignature(options.authToken, options.signedUrl, params),
    };
  });
  return { messages, ourNumber: options.ourNumber, customers };
}

function inboundParams(message: { sid: string; from: string; to: string; body: string; accountSid: string }) {
  return {
    ToCountry: "US",
    ToState: "DC",
    SmsMessageSid: message.sid,
    NumMedia: "0",
    ToCity: "",
    FromZip: "94105",
    SmsSid: message.sid,
    FromState: "CA",
    SmsStatus: "received",
    FromCity: "SAN FRANCISCO",
    Body: message.body,
    FromCountry: "US",
    To: message.to,
    ToZip: "",
    NumSegments: "1",
    MessageSid: message.sid,
    AccountSid: message.accountSid,
    From: message.from,
    ApiVersion: "2010-04-01",
  };
}

export type Ack = { sid: string; customer: string; seq: number; instance: number; sentAt: number; ackedAt: number };

export type TrafficResult = {
  /** First acknowledgement (2xx) of each message. */
  acks: Map<string, Ack>;
  /** Messages no instance acknowledged after all tries. */
  unacknowledged: string[];
  /** Requests that failed (refused connection, reset, 5xx) and went to the next instance. */
  failedRequests: number;
  retriesSent: number;
  /** Twilio retries not answered 2xx. */
  retriesRefused: number;
  startedAt: number;
  endedAt: number;
};

export type SendOptions = {
  /** Base URLs of the instances, e.g. http://127.0.0.1:3371 (the callback path is appended). */
  instances: string[];
  /** The callback path, /api/webhooks/twilio/<callback key>. */
  path: string;
  /** Customers sending at the same time. */
  concurrency?: number;
  /** How long to keep trying a message across instances before giving up on it (default 2 minutes). */
  giveUpAfterMs?: number;
  /** Called after each acknowledged message with the count so far (the harness kills an instance here). */
  onAck?: (acknowledged: number) => void;
};

export async function sendTraffic(plan: TrafficPlan, options: SendOptions): Promise<TrafficResult> {
  const byCustomer = new Map<string, PlannedMessage[]>();
  for (const message of plan.messages) byCustomer.set(message.customer, [...(byCustomer.get(message.customer) ?? []), message]);
  const queue = [...byCustomer.values()];
  const acks = new Map<string, Ack>();
  const unacknowledged: string[] = [];
  let nextInstance = 0;
  let failedRequests = 0;
  let retriesSent = 0;
  let retriesRefused = 0;
  const giveUpAfterMs = options.giveUpAfterMs ?? 120_000;
  const startedAt = Date.now();

  const post = async (message: PlannedMessage, instance: number) => {
    try {
      const response = await fetch(`${options.instances[instance]}${options.path}`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": message.signature },
        body: message.body,
        signal: AbortSignal.timeout(30_000),
      });
      await response.arrayBuffer();
      return response.status;
    } catch {
      return 0; // refused, reset or timed out: the instance is down or restarting
    }
  };

  /** Posts until an instance answers 2xx (the next instance after a failure); null if none did in time. */
  const deliver = async (message: PlannedMessage, pickInstance: () => number) => {
    const firstTry = Date.now();
    for (let attempt = 0; attempt === 0 || Date.now() - firstTry < giveUpAfterMs; attempt += 1) {
      const instance = pickInstance();
      const sentAt = Date.now();
      const status = await post(message, instance);
      if (status >= 200 && status < 300) return { instance, sentAt, ackedAt: Date.now() };
      failedRequests += 1;
      if (status === 0 && attempt >= options.instances.length) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    return null;
  };
  const roundRobin = () => nextInstance++ % options.instances.length;

  const customerLoop = async () => {
    for (let messages = queue.shift(); messages; messages = queue.shift()) {
      for (const message of messages) {
        const delivered = await deliver(message, roundRobin);
        if (!delivered) {
          unacknowledged.push(message.sid);
          continue;
        }
        if (!acks.has(message.sid)) {
          acks.set(message.sid, { sid: message.sid, customer: message.customer, seq: message.seq, ...delivered });
          options.onAck?.(acks.size);
        }
        if (!message.retried) continue;
        // Twilio retrying a message it already delivered (e.g. its request timed out): another instance.
        retriesSent += 1;
        let next = delivered.instance;
        if (!(await deliver(message, () => ++next % options.instances.length))) retriesRefused += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 64, queue.length) }, customerLoop));
  return { acks, unacknowledged, failedRequests, retriesSent, retriesRefused, startedAt, endedAt: Date.now() };
}
