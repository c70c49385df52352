// Seeds a ready-to-use messaging setup straight into the test database — an active account with one
// number in a workstream, a queue and an agent — so message-flow specs start at the callback URL.
// The account/workstream UIs that create these records have their own specs.
import { randomBytes, randomInt } from "node:crypto";
import Database from "better-sqlite3";
import { sealSecret } from "../../lib/secrets/cipher";
import { fakeTelesign, fakeTwilio } from "../fakes/control";
import { E2E_BASE_URL, E2E_DATABASE_PATH } from "./server-env";

const KEY = Buffer.alloc(32, 7); // serverEnv().APP_ENCRYPTION_KEY

export type SeededSetup = {
  accountId: string;
  numberId: string;
  workstreamId: string;
  queueName: string;
  callbackUrl: string;
  number: string;
  channelInstanceId: string;
};

const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const now = () => new Date().toISOString().replace("Z", "+00:00");

export function randomE164(): string {
  return `+1425555${String(randomInt(0, 10000)).padStart(4, "0")}`;
}

export type SeedOptions = {
  provider: "TWILIO" | "TELESIGN";
  channel: "SMS" | "WHATSAPP";
  credentials: { accountSid: string; authToken: string } | { customerId: string; apiKey: string };
  /** Our number: E.164, or "<CC>:<digits>" for a short code. */
  address?: string;
  /** More numbers of the same account, not in any workstream (E.164). */
  otherNumbers?: string[];
  agentIds: string[];
  distribution?: "PUSH" | "PICK";
  signatureMode?: "ENFORCE" | "MONITOR";
  status?: "ACTIVE" | "INACTIVE";
  instance?: {
    attachmentsEnabled?: boolean;
    agentsCanSend?: boolean;
    allowedFileTypes?: string[];
    surveyEnabled?: boolean;
    surveyMessage?: string;
    surveyLink?: string;
  };
  compliance?: unknown;
  templates?: { name: string; body: string; examples: Record<string, string>; contentSid: string | null }[];
  /** Weekly intervals by weekday ("0" = Sunday); {} = always closed. */
  operatingHours?: { timeZone: string; weekly: Record<string, { start: string; end: string }[]> };
  /** Channel-level automated messages of the workstream. */
  automatedMessages?: { trigger: string; locale: string; text: string }[];
  /** Seal the secret with another key than the server's, as if APP_ENCRYPTION_KEY had changed since. */
  sealedWith?: Buffer;
};

export function seedMessagingSetup(options: SeedOptions): SeededSetup {
  const db = new Database(E2E_DATABASE_PATH);
  const ts = now();
  const accountId = id("acc");
  const numberId = id("num");
  const queueId = id("que");
  const workstreamId = id("ws");
  const channelInstanceId = id("ci");
  const callbackKey = randomBytes(32).toString("base64url");
  const address = options.address ?? randomE164();
  const queueName = `Queue ${queueId.slice(-6)}`;
  try {
    db.transaction(() => {
      const credentials = options.credentials;
      const twilio = "accountSid" in credentials ? credentials : null;
      const telesign = "customerId" in credentials ? credentials : null;
      db.prepare(
        `INSERT INTO "MessagingAccount" (id, name, channel, provider, status, twilioAccountSid, twilioAuthToken, telesignCustomerId, telesignApiKey, callbackKey, signatureMode, validationStatus, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALID', ?, ?)`,
      ).run(
        accountId,
        `Flow ${accountId.slice(-6)}`,
        options.channel,
        options.provider,
        options.status ?? "ACTIVE",
        twilio?.accountSid ?? null,
        twilio ? sealSecret(twilio.authToken, [options.sealedWith ?? KEY]) : null,
        telesign?.customerId ?? null,
        telesign ? sealSecret(telesign.apiKey, [options.sealedWith ?? KEY]) : null,
        callbackKey,
        options.signatureMode ?? "ENFORCE",
        ts,
        ts,
      );
      const e164 = address.startsWith("+") ? address : null;
      db.prepare(
        `INSERT INTO "PhoneNumber" (id, accountId, address, e164, country, type, compliance, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'US', ?, ?, ?, ?)`,
      ).run(
        numberId,
        accountId,
        address,
        e164,
        e164 ? "LONG_CODE" : "SHORT_CODE",
        options.compliance ? JSON.stringify(options.compliance) : null,
        ts,
        ts,
      );
      for (const other of options.otherNumbers ?? []) {
        db.prepare(
          `INSERT INTO "PhoneNumber" (id, accountId, address, e164, country, type, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'US', 'LONG_CODE', ?, ?)`,
        ).run(id("num"), accountId, other, other, ts, ts);
      }
      db.prepare(`INSERT INTO "Queue" (id, name, createdAt, updatedAt) VALUES (?, ?, ?, ?)`).run(queueId, queueName, ts, ts);
      for (const agentId of options.agentIds) db.prepare(`INSERT INTO "QueueMember" (queueId, userId) VALUES (?, ?)`).run(queueId, agentId);
      db.prepare(
        `INSERT INTO "Workstream" (id, name, channel, distributionMode, fallbackQueueId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ).run(workstreamId, `Flow ${workstreamId.slice(-6)}`, options.channel, options.distribution ?? "PUSH", queueId, ts, ts);
      const instance = options.instance ?? {};
      const hoursId = options.operatingHours ? id("oh") : null;
      if (options.operatingHours) {
        db.prepare(
          `INSERT INTO "OperatingHours" (id, name, timeZone, weekly, exceptions, createdAt, updatedAt) VALUES (?, ?, ?, ?, '[]', ?, ?)`,
        ).run(
          hoursId,
          `Hours ${hoursId!.slice(-6)}`,
          options.operatingHours.timeZone,
          JSON.stringify(options.operatingHours.weekly),
          ts,
          ts,
        );
      }
      for (const message of options.automatedMessages ?? []) {
        db.prepare(
          `INSERT INTO "AutomatedMessage" (id, workstreamId, trigger, locale, text, isActive, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?)`,
        ).run(id("am"), workstreamId, message.trigger, message.locale, message.text, ts, ts);
      }
      db.prepare(
        `INSERT INTO "ChannelInstance" (id, workstreamId, numberId, useOperatingHours, operatingHoursId, attachmentsEnabled, customersCanSend, agentsCanSend, allowedFileTypes, surveyEnabled, surveyMessage, surveyLink, setupCompletedAt, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        channelInstanceId,
        workstreamId,
        numberId,
        hoursId ? 1 : 0,
        hoursId,
        instance.attachmentsEnabled ? 1 : 0,
        instance.attachmentsEnabled ? 1 : 0,
        instance.agentsCanSend ? 1 : 0,
        JSON.stringify(instance.allowedFileTypes ?? []),
        instance.surveyEnabled ? 1 : 0,
        instance.surveyMessage ?? null,
        instance.surveyLink ?? null,
        ts,
        ts,
        ts,
      );
      for (const template of options.templates ?? []) {
        db.prepare(
          `INSERT INTO "WhatsAppTemplate" (id, accountId, name, language, body, examples, contentSid, createdAt, updatedAt) VALUES (?, ?, ?, 'en', ?, ?, ?, ?, ?)`,
        ).run(id("tpl"), accountId, template.name, template.body, JSON.stringify(template.examples), template.contentSid, ts, ts);
      }
    })();
  } finally {
    db.close();
  }
  const provider = options.provider.toLowerCase();
  return {
    accountId,
    numberId,
    workstreamId,
    queueName,
    channelInstanceId,
    number: address,
    callbackUrl: `${E2E_BASE_URL}/api/webhooks/${provider}/${callbackKey}`,
  };
}

/** Moves a conversation's last customer message back in time (the WhatsApp 24-hour window). */
export function ageConversation(customerAddress: string, hours: number) {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    const at = new Date(Date.now() - hours * 3_600_000).toISOString().replace("Z", "+00:00");
    db.prepare(`UPDATE "Conversation" SET lastInboundAt = ? WHERE customerAddress = ?`).run(at, customerAddress);
  } finally {
    db.close();
  }
}

/** What an administrator would do on the account page, for specs that test what happens after it. */
export function setAccountStatus(accountId: string, status: "ACTIVE" | "INACTIVE") {
  const db = new Database(E2E_DATABASE_PATH);
  try {
    db.prepare(`UPDATE "MessagingAccount" SET status = ? WHERE id = ?`).run(status, accountId);
  } finally {
    db.close();
  }
}

export function countConversations(customerAddress: string): { open: number; resolved: number } {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    const rows = db
      .prepare(`SELECT status, COUNT(*) AS n FROM "Conversation" WHERE customerAddress = ? GROUP BY status`)
      .all(customerAddress) as { status: string; n: number }[];
    return { open: rows.find((row) => row.status === "OPEN")?.n ?? 0, resolved: rows.find((row) => row.status === "RESOLVED")?.n ?? 0 };
  } finally {
    db.close();
  }
}

/** Rows for assertions the UI can't make (e.g. "exactly one stored message"). */
export function countMessages(providerMessageId: string): number {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return (db.prepare(`SELECT COUNT(*) AS n FROM "Message" WHERE providerMessageId = ?`).get(providerMessageId) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** An outbound message already sent through the setup's account (as if an agent had replied), by its provider SID. */
export function seedOutboundMessage(options: {
  setup: SeededSetup;
  provider: "TWILIO" | "TELESIGN";
  channel: "SMS" | "WHATSAPP";
  customerAddress: string;
  providerMessageId: string;
  body: string;
}) {
  const db = new Database(E2E_DATABASE_PATH);
  const ts = now();
  const conversationId = id("conv");
  try {
    db.transaction(() => {
      db.prepare(
        `INSERT INTO "Conversation" (id, accountId, numberId, channelInstanceId, workstreamId, channel, provider, customerAddress, ourAddress, status, lastMessageAt, createdAt, updatedAt)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, ?)`,
      ).run(
        conversationId,
        options.setup.accountId,
        options.setup.numberId,
        options.setup.channelInstanceId,
        options.setup.workstreamId,
        options.channel,
        options.provider,
        options.customerAddress,
        options.setup.number,
        ts,
        ts,
        ts,
      );
      db.prepare(
        `INSERT INTO "Message" (id, conversationId, direction, kind, body, provider, providerMessageId, status, createdAt, statusUpdatedAt) VALUES (?, ?, 'OUTBOUND', 'agent', ?, ?, ?, 'QUEUED', ?, ?)`,
      ).run(id("msg"), conversationId, options.body, options.provider, options.providerMessageId, ts, ts);
    })();
  } finally {
    db.close();
  }
}

/** A stored message's status (QUEUED, SENT, DELIVERED, …), or null when no message has the SID. */
export function messageStatus(providerMessageId: string): string | null {
  const db = new Database(E2E_DATABASE_PATH, { readonly: true });
  try {
    return (
      (db.prepare(`SELECT status FROM "Message" WHERE providerMessageId = ?`).get(providerMessageId) as { status: string } | undefined)
        ?.status ?? null
    );
  } finally {
    db.close();
  }
}

type ProviderSeedOptions = Omit<SeedOptions, "provider" | "credentials" | "channel" | "agentIds"> &
  Partial<Pick<SeedOptions, "channel" | "agentIds">>;

/** A new account at the fake Twilio and a setup seeded with its credentials (SMS, no agents by default). */
export async function seedTwilioSetup(options: ProviderSeedOptions = {}) {
  const twilio = await fakeTwilio.addAccount();
  const credentials = { accountSid: twilio.sid, authToken: twilio.authToken };
  return { twilio, ...seedMessagingSetup({ channel: "SMS", agentIds: [], ...options, provider: "TWILIO", credentials }) };
}

/** A new customer at the fake TeleSign and an SMS setup seeded with its credentials. */
export async function seedTelesignSetup(options: ProviderSeedOptions = {}) {
  const telesign = await fakeTelesign.addCustomer();
  const credentials = { customerId: telesign.customerId, apiKey: telesign.apiKey };
  return { telesign, ...seedMessagingSetup({ channel: "SMS", agentIds: [], ...options, provider: "TELESIGN", credentials }) };
}
