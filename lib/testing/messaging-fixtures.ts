// Rows the message-core tests need, written with the Prisma client (so Prisma formats dates and the
// secrets extension seals what it seals). Every call makes its own uniquely named rows, so tests in one
// file don't see each other's data. Use after createTestDatabase() (lib/testing/test-database.ts).
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";

const unique = () => randomBytes(6).toString("hex");
let nextNumber = 1000;

/** An active Twilio SMS account with one number, wired to a new workstream whose fallback queue is returned. */
export async function createSmsSetup(
  options: {
    distributionMode?: "PUSH" | "PICK";
    autoCloseMinutes?: number | null;
    capacityUnits?: number;
    allowedPresences?: string[];
    keepSameAgent?: boolean;
    skillMatching?: "EXACT" | "CLOSEST" | "NONE";
  } = {},
) {
  const id = unique();
  const account = await db.messagingAccount.create({
    data: {
      name: `Account ${id}`,
      channel: "SMS",
      provider: "TWILIO",
      status: "ACTIVE",
      callbackKey: `key-${id}`,
      twilioAccountSid: `AC${id}`,
      twilioAuthToken: "token",
    },
    select: { id: true },
  });
  const address = `+1555000${String((nextNumber += 1)).padStart(4, "0")}`;
  const number = await db.phoneNumber.create({
    // No send-rate wait in tests about routing and sending (a long code's default is 1 message per
    // second); send-rate.test.ts and send-job.test.ts test the rate itself.
    data: { accountId: account.id, address, e164: address, type: "LONG_CODE", sendRatePerSecond: 1000 },
    select: { id: true, address: true },
  });
  const queue = await db.queue.create({ data: { name: `Queue ${id}` }, select: { id: true } });
  const workstream = await db.workstream.create({
    data: {
      name: `Workstream ${id}`,
      channel: "SMS",
      distributionMode: options.distributionMode ?? "PUSH",
      fallbackQueueId: queue.id,
      autoCloseMinutes: options.autoCloseMinutes ?? null,
      capacityUnits: options.capacityUnits ?? 1,
      keepSameAgent: options.keepSameAgent ?? false,
      skillMatching: options.skillMatching ?? "NONE",
      ...(options.allowedPresences ? { allowedPresences: JSON.stringify(options.allowedPresences) } : {}),
    },
    select: { id: true },
  });
  const instance = await db.channelInstance.create({ data: { workstreamId: workstream.id, numberId: number.id }, select: { id: true } });
  return { accountId: account.id, number, queueId: queue.id, workstreamId: workstream.id, channelInstanceId: instance.id };
}

/** An agent in `queueId` with the given capacity and presence. */
export async function createAgent(options: {
  queueId: string;
  capacity: number;
  presence?: string;
  skills?: string[];
  role?: "AGENT" | "ADMINISTRATOR";
}) {
  const id = unique();
  const user = await db.user.create({
    data: {
      email: `agent-${id}@example.com`,
      name: `Agent ${id}`,
      passwordHash: "not-a-real-hash",
      role: options.role ?? "AGENT",
      agentProfile: {
        create: { capacity: options.capacity, presence: options.presence ?? "AVAILABLE", skills: JSON.stringify(options.skills ?? []) },
      },
      queues: { create: { queueId: options.queueId } },
    },
    select: { id: true },
  });
  return user.id;
}

type Setup = Awaited<ReturnType<typeof createSmsSetup>>;

/** An open conversation of the setup's workstream, as route-inbound would have created it. */
export async function createConversation(
  setup: Setup,
  options: { assignedToId?: string | null; lastMessageAt?: Date; customerAddress?: string; status?: "OPEN" | "RESOLVED" } = {},
) {
  const conversation = await db.conversation.create({
    data: {
      accountId: setup.accountId,
      numberId: setup.number.id,
      channelInstanceId: setup.channelInstanceId,
      workstreamId: setup.workstreamId,
      queueId: setup.queueId,
      assignedToId: options.assignedToId ?? null,
      channel: "SMS",
      provider: "TWILIO",
      customerAddress: options.customerAddress ?? `+1444${String((nextNumber += 1)).padStart(7, "0")}`,
      status: options.status ?? "OPEN",
      ourAddress: setup.number.address,
      lastInboundAt: options.lastMessageAt,
      lastMessageAt: options.lastMessageAt,
    },
    select: { id: true },
  });
  return conversation.id;
}

/** A Twilio inbound SMS callback body (application/x-www-form-urlencoded), as the webhook stores it. */
export function twilioInboundSms(options: { messageSid: string; from: string; to: string; body: string; accountSid?: string }) {
  return new URLSearchParams({
    MessageSid: options.messageSid,
    SmsSid: options.messageSid,
    AccountSid: options.accountSid ?? "AC0",
    From: options.from,
    To: options.to,
    Body: options.body,
    NumMedia: "0",
    SmsStatus: "received",
  }).toString();
}

/** A channel-level automated message of the setup's workstream (en-US, the instances' default locale). */
export async function createAutomatedMessage(setup: Setup, options: { trigger: string; text: string }) {
  await db.automatedMessage.create({
    data: { workstreamId: setup.workstreamId, trigger: options.trigger, locale: "en-US", text: options.text },
    select: { id: true },
  });
}
