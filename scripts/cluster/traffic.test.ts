// The cluster load generator against three loopback stand-ins for app instances that check Twilio's
// signature as the app does: every message acknowledged, each customer's messages arriving in order,
// retries carrying the same MessageSid, and a dead instance's share moving to the others.
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import twilio from "twilio";
import { afterEach, describe, expect, it } from "vitest";
import { planTraffic, sendTraffic } from "./traffic";

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

type Received = { instance: number; sid: string; from: string; body: string };

async function fakeInstances(count: number, authToken: string, signedUrl: string, received: Received[]) {
  const bases: string[] = [];
  for (let instance = 0; instance < count; instance += 1) {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const params = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString()));
        const signature = String(request.headers["x-twilio-signature"] ?? "");
        if (!twilio.validateRequest(authToken, signature, signedUrl, params)) {
          response.writeHead(403).end();
          return;
        }
        received.push({ instance, sid: params.MessageSid ?? "", from: params.From ?? "", body: params.Body ?? "" });
        response.writeHead(200, { "content-type": "text/xml" }).end("<Response/>");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    servers.push(server);
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
  return bases;
}

describe("cluster traffic", () => {
  const authToken = randomBytes(16).toString("hex");
  const path = "/api/webhooks/twilio/some-callback-key";
  const signedUrl = `https://switchboard.example${path}`;
  const plan = () =>
    planTraffic({ messages: 120, customers: 12, retryEvery: 10, accountSid: "AC123", authToken, signedUrl, ourNumber: "+12025550100" });

  it("sends every message signed, round-robin, each customer's in order, and retries a share with the same sid", async () => {
    const received: Received[] = [];
    const instances = await fakeInstances(3, authToken, signedUrl, received);
    const traffic = plan();
    const result = await sendTraffic(traffic, { instances, path, concurrency: 6 });

    expect(result.acks.size).toBe(120);
    expect(result.unacknowledged).toEqual([]);
    expect(result.failedRequests).toBe(0);
    expect(result.retriesSent).toBe(12);
    expect(result.retriesRefused).toBe(0);
    expect(received).toHaveLength(132);
    // First deliveries go round-robin: a third each.
    for (const instance of [0, 1, 2]) expect([...result.acks.values()].filter((ack) => ack.instance === instance)).toHaveLength(40);
    // Retries repeat a delivered sid on another instance.
    const retried = traffic.messages.filter((message) => message.retried);
    for (const message of retried) {
      const copies = received.filter((request) => request.sid === message.sid);
      expect(copies).toHaveLength(2);
      expect(copies[0]!.instance).not.toBe(copies[1]!.instance);
    }
    // First arrivals per customer are in the customer's send order.
    const firsts = received.filter((request, index) => received.findIndex((other) => other.sid === request.sid) === index);
    for (const customer of traffic.customers) {
      const bodies = firsts.filter((request) => request.from === customer).map((request) => request.body);
      expect(bodies).toEqual(Array.from({ length: 10 }, (_, seq) => `cluster ${customer} #${seq}`));
    }
  });

  it("moves a dead instance's share to the others", async () => {
    const received: Received[] = [];
    const instances = await fakeInstances(3, authToken, signedUrl, received);
    let killedAt = Infinity;
    const result = await sendTraffic(plan(), {
      instances,
      path,
      concurrency: 6,
      onAck: (acknowledged) => {
        if (acknowledged !== 30) return;
        // Its requests are refused from now on (kept-alive connections too).
        servers[1]!.close();
        servers[1]!.closeAllConnections();
        killedAt = Date.now();
      },
    });

    expect(result.acks.size).toBe(120);
    expect(result.unacknowledged).toEqual([]);
    expect(result.failedRequests).toBeGreaterThan(0);
    const sentToDeadInstance = [...result.acks.values()].filter((ack) => ack.instance === 1 && ack.sentAt > killedAt);
    expect(sentToDeadInstance).toEqual([]);
    expect([...result.acks.values()].filter((ack) => ack.sentAt > killedAt).length).toBeGreaterThan(0);
  });
});
