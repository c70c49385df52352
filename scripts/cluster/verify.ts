// The cluster benchmark's verdict, from what the generator saw acknowledged and what the database holds:
// every acknowledged message stored exactly once and routed, no customer with two open conversations,
// each conversation's messages in the customer's send (= arrival) order, and how late they were stored.
import type { Ack, PlannedMessage } from "./traffic";

export type StoredInbound = {
  providerMessageId: string;
  conversationId: string;
  customerAddress: string;
  /** The order rows were written in (PostgreSQL: the inserting transaction; SQLite: rowid). */
  storedOrder: number;
  /** When its inbound event was marked processed. */
  processedAt: Date | null;
  /** Its conversation waits in a queue or is assigned to an agent. */
  routed: boolean;
};

export type ClusterState = {
  inbound: StoredInbound[];
  /** Provider message ids of held (unroutable) messages. */
  held: string[];
  /** Open conversations per (our number, customer). */
  openConversations: { customerAddress: string; open: number }[];
};

export type Verdict = {
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  unexpected: number;
  unrouted: number;
  held: number;
  doubleOpen: number;
  outOfOrder: number;
  /** Acknowledgement to processed event, in ms. */
  p50LagMs: number;
  p99LagMs: number;
  maxLagMs: number;
  pass: boolean;
};

export function verifyCluster(planned: PlannedMessage[], acks: Map<string, Ack>, state: ClusterState): Verdict {
  const plannedBySid = new Map(planned.map((message) => [message.sid, message]));
  const copies = new Map<string, StoredInbound[]>();
  for (const row of state.inbound) copies.set(row.providerMessageId, [...(copies.get(row.providerMessageId) ?? []), row]);

  const lost = [...acks.keys()].filter((sid) => !copies.has(sid)).length;
  const duplicated = [...copies.values()].filter((rows) => rows.length > 1).length;
  const unexpected = [...copies.keys()].filter((sid) => !plannedBySid.has(sid)).length;
  const unrouted = state.inbound.filter((row) => !row.routed).length;
  const doubleOpen = state.openConversations.filter((row) => row.open > 1).length;

  const byConversation = new Map<string, StoredInbound[]>();
  for (const row of state.inbound) byConversation.set(row.conversationId, [...(byConversation.get(row.conversationId) ?? []), row]);
  let outOfOrder = 0;
  const seqOf = (row: StoredInbound) => plannedBySid.get(row.providerMessageId)?.seq ?? -1;
  for (const rows of byConversation.values()) {
    rows.sort((a, b) => a.storedOrder - b.storedOrder);
    for (let index = 1; index < rows.length; index += 1) {
      if (seqOf(rows[index]!) < seqOf(rows[index - 1]!)) outOfOrder += 1;
    }
  }

  const lags: number[] = [];
  for (const ack of acks.values()) {
    const processedAt = copies.get(ack.sid)?.[0]?.processedAt;
    if (processedAt) lags.push(Math.max(0, processedAt.getTime() - ack.ackedAt));
  }
  lags.sort((a, b) => a - b);
  const percentile = (p: number) => (lags.length === 0 ? 0 : lags[Math.min(lags.length - 1, Math.floor((lags.length * p) / 100))]!);

  const verdict = {
    acknowledged: acks.size,
    stored: copies.size,
    lost,
    duplicated,
    unexpected,
    unrouted,
    held: state.held.length,
    doubleOpen,
    outOfOrder,
    p50LagMs: percentile(50),
    p99LagMs: percentile(99),
    maxLagMs: lags.at(-1) ?? 0,
  };
  const pass = lost + duplicated + unexpected + unrouted + verdict.held + doubleOpen + outOfOrder === 0 && acks.size > 0;
  return { ...verdict, pass };
}

/** One sentence per broken guarantee, for the harness's failure message (empty when the run passed). */
export function verdictFailures(verdict: Verdict): string[] {
  const checks: [number, string][] = [
    [verdict.acknowledged === 0 ? 1 : 0, "no message was acknowledged at all"],
    [verdict.lost, "acknowledged message(s) never stored (lost)"],
    [verdict.duplicated, "message(s) stored more than once (duplicated)"],
    [verdict.unexpected, "stored message(s) that were never sent"],
    [verdict.unrouted, "stored message(s) whose conversation is neither queued nor assigned (unrouted)"],
    [verdict.held, "message(s) held as unroutable"],
    [verdict.doubleOpen, "customer(s) with two open conversations"],
    [verdict.outOfOrder, "message(s) stored before an earlier message of the same customer (out of order)"],
  ];
  return checks.filter(([count]) => count > 0).map(([count, what]) => (what.startsWith("no ") ? what : `${count} ${what}`));
}
