// A ready-to-use messaging setup — an active account with one number in a workstream, a queue and
// its agents — created through the app's Prisma client (seed.messagingSetup adds its clean-up), and
// the reads message-flow specs assert on. The account/workstream UIs that create these have their own specs.
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { sealSecret } from "@/lib/secrets/cipher";
import type { Database } from "./database";
import { E2E_BASE_URL } from "./server-env";

export type SeededSetup = {
  accountId: string;
  accountName: string;
  numberId: string;
  workstreamId: string;
  queueId: string;
  queueName: string;
  operatingHoursId: string | null;
  callbackUrl: string;
  number: string;
  channelInstanceId: string;
};

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

/** The records of a setup, in one transaction. Use seed.messagingSetup, which also removes them after the test. */
export async function createMessagingSetup(db: Database, options: SeedOptions): Promise<SeededSetup> {
  const suffix = randomUUID().slice(0, 8);
  const accountName = `Flow ${suffix}`;
  const callbackKey = randomBytes(32).toString("base64url");
  const address = options.address ?? randomE164();
  const e164 = address.startsWith("+") ? address : null;
  const { credentials, sealedWith } = options;
  // A plain secret is sealed by the client's extension with the server's key; one sealed already is stored as it is.
  const secret = (value: string) => (sealedWith ? sealSecret(value, [sealedWith]) : value);
  const instance = options.instance ?? {};

  const records = await db.$transaction(async (tx) => {
    const hours = options.operatingHours
      ? await tx.operatingHours.create({
          data: {
            name: `Hours ${suffix}`,
            timeZone: options.operatingHours.timeZone,
            weekly: JSON.stringify(options.operatingHours.weekly),
            exceptions: "[]",
          },
          select: { id: true },
        })
      : null;
    const queue = await tx.queue.create({
      data: { name: `Queue ${suffix}`, members: { create: options.agentIds.map((userId) => ({ userId })) } },
      select: { id: true, name: true },
    });
    const account = await tx.messagingAccount.create({
      data: {
        name: accountName,
        channel: options.channel,
        provider: options.provider,
        status: options.status ?? "ACTIVE",
        ...("accountSid" in credentials
          ? { twilioAccountSid: credentials.accountSid, twilioAuthToken: secret(credentials.authToken) }
          : { telesignCustomerId: credentials.customerId, telesignApiKey: secret(credentials.apiKey) }),
        callbackKey,
        signatureMode: options.signatureMode ?? "ENFORCE",
        validationStatus: "VALID",
        numbers: {
          create: [
            {
              address,
              e164,
              country: "US",
              type: e164 ? "LONG_CODE" : "SHORT_CODE",
              compliance: options.compliance ? JSON.stringify(options.compliance) : null,
            },
            ...(options.otherNumbers ?? []).map((other) => ({ address: other, e164: other, country: "US", type: "LONG_CODE" as const })),
          ],
        },
        templates: {
          create: (options.templates ?? []).map((template) => ({
            name: template.name,
            language: "en",
            body: template.body,
            examples: JSON.stringify(template.examples),
            contentSid: template.contentSid,
          })),
        },
      },
      // Only ids: reading a secret sealed with another key back would fail to open it.
      select: { id: true, numbers: { where: { address }, select: { id: true } } },
    });
    const numberId = account.numbers[0]!.id;
    const workstream = await tx.workstream.create({
      data: {
        name: `Flow ${suffix}`,
        channel: options.channel,
        distributionMode: options.distribution ?? "PUSH",
        fallbackQueueId: queue.id,
        automatedMessages: { create: options.automatedMessages ?? [] },
      },
      select: { id: true },
    });
    const channelInstance = await tx.channelInstance.create({
      data: {
        workstreamId: workstream.id,
        numberId,
        useOperatingHours: hours !== null,
        operatingHoursId: hours?.id ?? null,
        attachmentsEnabled: instance.attachmentsEnabled ?? false,
        customersCanSend: instance.attachmentsEnabled ?? false,
        agentsCanSend: instance.agentsCanSend ?? false,
        allowedFileTypes: JSON.stringify(instance.allowedFileTypes ?? []),
        surveyEnabled: instance.surveyEnabled ?? false,
        surveyMessage: instance.surveyMessage ?? null,
        surveyLink: instance.surveyLink ?? null,
        setupCompletedAt: new Date(),
      },
      select: { id: true },
    });
    return {
      accountId: account.id,
      numberId,
      workstreamId: workstream.id,
      queue,
      operatingHoursId: hours?.id ?? null,
      channelInstanceId: channelInstance.id,
    };
  });

  return {
    accountId: records.accountId,
    accountName,
    numberId: records.numberId,
    workstreamId: records.workstreamId,
    queueId: records.queue.id,
    queueName: records.queue.name,
    operatingHoursId: records.operatingHoursId,
    channelInstanceId: records.channelInstanceId,
    number: address,
    callbackUrl: `${E2E_BASE_URL}/api/webhooks/${options.provider.toLowerCase()}/${callbackKey}`,
  };
}

/** Moves a conversation's last customer message back in time (the WhatsApp 24-hour window). */
export async function ageConversation(db: Database, customerAddress: string, hours: number) {
  await db.conversation.updateMany({ where: { customerAddress }, data: { lastInboundAt: new Date(Date.now() - hours * 3_600_000) } });
}

/** What an administrator would do on the account page, for specs that test what happens after it. */
export async function setAccountStatus(db: Database, accountId: string, status: "ACTIVE" | "INACTIVE") {
  await db.messagingAccount.update({ where: { id: accountId }, data: { status }, select: { id: true } });
}

export async function countConversations(db: Database, customerAddress: string): Promise<{ open: number; resolved: number }> {
  const [open, resolved] = await Promise.all([
    db.conversation.count({ where: { customerAddress, status: "OPEN" } }),
    db.conversation.count({ where: { customerAddress, status: "RESOLVED" } }),
  ]);
  return { open, resolved };
}

/** Rows for assertions the UI can't make (e.g. "exactly one stored message"). */
export function countMessages(db: Database, providerMessageId: string): Promise<number> {
  return db.message.count({ where: { providerMessageId } });
}

/** A stored message's status (QUEUED, SENT, DELIVERED, …), or null when no message has the SID. */
export async function messageStatus(db: Database, providerMessageId: string): Promise<string | null> {
  const message = await db.message.findFirst({ where: { providerMessageId }, select: { status: true } });
  return message?.status ?? null;
}
