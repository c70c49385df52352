// The cluster verdict: it passes a clean run and names each way a run can go wrong.
import { describe, expect, it } from "vitest";
import type { Ack, PlannedMessage } from "./traffic";
import { verdictFailures, verifyCluster, type ClusterState, type StoredInbound } from "./verify";

const customer = "+14155550001";
const planned: PlannedMessage[] = [0, 1, 2].map((seq) => ({ sid: `SM${seq}`, customer, seq, retried: false, body: "", signature: "" }));
const acks = new Map<string, Ack>(
  planned.map((message) => [
    message.sid,
    { sid: message.sid, customer, seq: message.seq, instance: 0, sentAt: 0, ackedAt: 1000 * message.seq },
  ]),
);
const stored = (sid: string, storedOrder: number, processedAt: number, extra: Partial<StoredInbound> = {}): StoredInbound => ({
  providerMessageId: sid,
  conversationId: "c1",
  customerAddress: customer,
  storedOrder,
  processedAt: new Date(processedAt),
  routed: true,
  ...extra,
});
const clean: ClusterState = {
  inbound: [stored("SM0", 1, 100), stored("SM1", 2, 1200), stored("SM2", 3, 2050)],
  held: [],
  openConversations: [{ customerAddress: customer, open: 1 }],
};

describe("verifyCluster", () => {
  it("passes when every acknowledged message is stored once, routed and in order, with its lag", () => {
    const verdict = verifyCluster(planned, acks, clean);
    expect(verdict).toMatchObject({ acknowledged: 3, stored: 3, lost: 0, duplicated: 0, outOfOrder: 0, doubleOpen: 0, pass: true });
    expect([verdict.p50LagMs, verdict.maxLagMs]).toEqual([100, 200]);
    expect(verdictFailures(verdict)).toEqual([]);
  });

  it("names every broken guarantee in its failure message", () => {
    const verdict = verifyCluster(planned, acks, {
      inbound: [stored("SM0", 1, 100), stored("SM0", 2, 100), stored("SM2", 3, 2050, { routed: false })],
      held: [],
      openConversations: [{ customerAddress: customer, open: 2 }],
    });
    expect(verdictFailures(verdict)).toEqual([
      "1 acknowledged message(s) never stored (lost)",
      "1 message(s) stored more than once (duplicated)",
      "1 stored message(s) whose conversation is neither queued nor assigned (unrouted)",
      "1 customer(s) with two open conversations",
    ]);
    expect(verdictFailures(verifyCluster(planned, new Map(), { inbound: [], held: [], openConversations: [] }))).toEqual([
      "no message was acknowledged at all",
    ]);
  });

  it("fails on a lost, a duplicated or an unrouted message", () => {
    expect(verifyCluster(planned, acks, { ...clean, inbound: clean.inbound.slice(0, 2) })).toMatchObject({ lost: 1, pass: false });
    expect(verifyCluster(planned, acks, { ...clean, inbound: [...clean.inbound, stored("SM1", 4, 1300)] })).toMatchObject({
      duplicated: 1,
      pass: false,
    });
    expect(
      verifyCluster(planned, acks, { ...clean, inbound: [stored("SM0", 1, 100, { routed: false }), ...clean.inbound.slice(1)] }),
    ).toMatchObject({
      unrouted: 1,
      pass: false,
    });
    expect(verifyCluster(planned, acks, { ...clean, held: ["SM9"] })).toMatchObject({ held: 1, pass: false });
  });

  it("fails when a conversation's messages were written out of send order", () => {
    const swapped = [stored("SM0", 1, 100), stored("SM1", 3, 2100), stored("SM2", 2, 2050)];
    expect(verifyCluster(planned, acks, { ...clean, inbound: swapped })).toMatchObject({ outOfOrder: 1, pass: false });
  });

  it("fails when a customer has two open conversations", () => {
    expect(verifyCluster(planned, acks, { ...clean, openConversations: [{ customerAddress: customer, open: 2 }] })).toMatchObject({
      doubleOpen: 1,
      pass: false,
    });
  });
});
