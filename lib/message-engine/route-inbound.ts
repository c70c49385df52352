// An inbound customer message, from callback to queue (SPEC §5): resolve our number, apply consent
// keywords, find the customer's open conversation or start one (routing rules → queue, push
// assignment, operating hours), store the message, and send the automated messages its triggers
// call for. Anything that can't reach an agent is held for administrators, never dropped. In a push
// workstream with a bot, a new conversation goes to the bot first, without a queue, and each customer
// message of it is POSTed to the bot by a job of its own (lib/bots, decision 028).
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { recordProfileName } from "@/lib/customers/customer-profile";
import { publishConversationEvent } from "@/lib/live/publish";
import { evaluateOperatingHours } from "@/lib/workstreams/operating-hours/evaluate";
import { queueBotRequest, botDeadline } from "@/lib/bots/bot-job";
import { parseStoredHours } from "@/lib/workstreams/operating-hours/record";
import { automatedMessageFor } from "@/lib/workstreams/operating-hours/evaluate";
import { sendAutomatedMessage, sendSystemText } from "./automated";
import { recordConsent } from "./consent";
import { defaultKeywordReply } from "./customer-texts";
import { bareAddress, type InboundMessage } from "./inbound-parse";
import { matchKeyword, parseStoredCompliance, telesignUserResponseAction, type KeywordAction } from "./keywords";
import { assignPushConversation } from "./push-assign";
import { routeToQueue } from "./routing-queue";
import { previewOf, serializeContent } from "../messaging/message-content";

export type HoldReason = "accountInactive" | "accountDraft" | "unknownNumber" | "noWorkstream";
export type RouteOutcome = { outcome: "routed"; conversationId: string } | { outcome: "held"; reason: HoldReason };

type Provider = "TWILIO" | "TELESIGN";

// An out-of-hours reply answers the first message of a closed period, not every message in it.
const OUT_OF_HOURS_REPEAT_MS = 4 * 60 * 60 * 1000;

export async function routeInboundMessage(options: {
  accountId: string;
  provider: Provider;
  message: InboundMessage;
  payload: string;
  now?: Date;
}): Promise<RouteOutcome> {
  const { message, accountId, provider } = options;
  const now = options.now ?? new Date();
  const existing = await db.message.findUnique({
    where: { provider_providerMessageId: { provider, providerMessageId: message.providerMessageId } },
    select: { conversationId: true },
  });
  if (existing) return { outcome: "routed", conversationId: existing.conversationId };

  const account = await db.messagingAccount.findUnique({ where: { id: accountId }, select: { status: true, channel: true } });
  const number = await resolveNumber(accountId, message.to);
  // Webhook health shows when the last message arrived; to the minute is enough, so a burst writes once.
  if (number && (!number.lastInboundAt || now.getTime() - number.lastInboundAt.getTime() > 60_000)) {
    await db.phoneNumber.update({ where: { id: number.id }, data: { lastInboundAt: now }, select: { id: true } });
  }

  const customerAddress = provider === "TELESIGN" ? bareAddress(message.from) : message.from;
  const keyword = number ? await applyConsent({ numberId: number.id, customerAddress, message, compliance: number.compliance }) : null;

  const hold = (reason: HoldReason) => holdMessage({ ...options, reason }).then(() => ({ outcome: "held" as const, reason }));
  if (!account || account.status === "INACTIVE") return hold("accountInactive");
  if (account.status === "DRAFT") return hold("accountDraft");
  if (!number) return hold("unknownNumber");
  const instance = await db.channelInstance.findUnique({
    where: { numberId: number.id },
    select: {
      id: true,
      defaultLocale: true,
      attachmentsEnabled: true,
      customersCanSend: true,
      useOperatingHours: true,
      operatingHours: { select: { timeZone: true, weekly: true, exceptions: true } },
      workstream: {
        select: {
          id: true,
          channel: true,
          distributionMode: true,
          fallbackQueueId: true,
          allowedPresences: true,
          capacityUnits: true,
          skillMatching: true,
          keepSameAgent: true,
          botName: true,
          botEndpoint: true,
          botHandoffMinutes: true,
        },
      },
    },
  });
  if (!instance) return hold("noWorkstream");

  const found = await findOrStartConversation({ accountId, provider, message, number, instance, customerAddress, now, account });
  const { conversation, isNew } = found;
  let assignment: "assigned" | "unassigned" | "pick" = "pick";
  // With the bot, found.queueId is null: the agents get it when the bot hands it over (lib/bots/handoff.ts).
  if (isNew && instance.workstream.distributionMode === "PUSH" && found.queueId) {
    const agentId = await assignPushConversation({
      conversationId: conversation.id,
      queueId: found.queueId,
      numberId: number.id,
      customerAddress,
      workstream: instance.workstream,
      requiredSkills: found.requiredSkills,
    });
    assignment = agentId ? "assigned" : "unassigned";
  }

  const mediaBlocked = instance.attachmentsEnabled && instance.customersCanSend ? null : "customersCannotSend";
  const stored = await storeInboundMessage({ conversationId: conversation.id, provider, message, now, mediaBlocked });
  await recordProfileName({ address: customerAddress, profileName: message.profileName });
  publishConversationEvent(isNew ? "conversation.created" : "message.added", conversation.id, { messageId: stored.messageId });

  const conversationId = conversation.id;
  const channel = message.channel;
  // STOP, START and HELP are Switchboard's to answer, not the bot's.
  if (found.isWithBot && !keyword) await queueBotRequest({ conversationId, messageId: stored.messageId, isNew });
  if (keyword) {
    await answerKeyword({ conversationId, channel, keyword, locale: instance.defaultLocale, provider, numberAddress: number.address, now });
    return { outcome: "routed", conversationId };
  }
  const hours =
    instance.useOperatingHours && instance.operatingHours ? evaluateOperatingHours(parseStoredHours(instance.operatingHours), now) : null;
  const closedTrigger = hours ? automatedMessageFor(hours) : null;
  if (closedTrigger) {
    const recent = await db.message.findFirst({
      where: {
        conversationId,
        trigger: { in: ["outOfOperatingHours", "holiday"] },
        createdAt: { gt: new Date(now.getTime() - OUT_OF_HOURS_REPEAT_MS) },
      },
      select: { id: true },
    });
    if (!recent) await sendAutomatedMessage({ conversationId, trigger: closedTrigger, now });
  } else if (isNew) {
    await sendAutomatedMessage({ conversationId, trigger: "greeting", now });
  }
  if (isNew && assignment === "assigned") await sendAutomatedMessage({ conversationId, trigger: "agentAssigned", now });
  if (isNew && assignment === "unassigned") await sendAutomatedMessage({ conversationId, trigger: "agentNotAssigned", now });
  return { outcome: "routed", conversationId };
}

type RoutingInstance = {
  id: string;
  defaultLocale: string;
  workstream: {
    id: string;
    fallbackQueueId: string;
    distributionMode: string;
    botName: string | null;
    botEndpoint: string | null;
    botHandoffMinutes: number;
  };
};

/**
 * The customer's open conversation, or a new one routed to a queue (unassigned: push assignment follows).
 * The database holds at most one open conversation per (number, customer) (decision 017): when another
 * router created it first, the insert fails on that index and the winner's conversation is read back.
 */
async function findOrStartConversation(options: {
  accountId: string;
  provider: Provider;
  message: InboundMessage;
  number: { id: string; address: string };
  instance: RoutingInstance;
  customerAddress: string;
  now: Date;
  account: { channel: string };
}): Promise<{ conversation: { id: string }; isNew: boolean; queueId: string | null; isWithBot: boolean; requiredSkills: string }> {
  const { message, number, instance, customerAddress, now } = options;
  const findOpen = () =>
    db.conversation.findFirst({
      where: { numberId: number.id, customerAddress, status: "OPEN" },
      orderBy: { createdAt: "desc" },
      select: { id: true, botState: true },
    });
  const opened = (row: { id: string; botState: string | null }) => ({
    conversation: { id: row.id },
    isNew: false,
    queueId: null,
    isWithBot: row.botState === "active",
    requiredSkills: "[]",
  });
  const existing = await findOpen();
  if (existing) return opened(existing);
  const { workstream } = instance;
  const isWithBot = workstream.distributionMode === "PUSH" && Boolean(workstream.botName && workstream.botEndpoint);
  // The bot's conversation has no queue yet: the routing rules run when the bot hands it to "routing".
  const routed = isWithBot
    ? { queueId: null, ruleId: null, requiredSkills: "[]" }
    : await routeToQueue({
        workstream,
        text: message.body,
        customerAddress,
        language: instance.defaultLocale,
        channel: message.channel,
      });
  try {
    const conversation = await db.conversation.create({
      data: {
        accountId: options.accountId,
        numberId: number.id,
        channelInstanceId: instance.id,
        workstreamId: workstream.id,
        queueId: routed.queueId,
        routedByRuleId: routed.ruleId,
        requiredSkills: routed.requiredSkills,
        channel: message.channel === "WHATSAPP" || options.account.channel === "WHATSAPP" ? "WHATSAPP" : "SMS",
        provider: options.provider,
        customerAddress,
        ourAddress: message.to ?? number.address,
        locale: instance.defaultLocale,
        lastInboundAt: now,
        lastMessageAt: now,
        ...(isWithBot ? { botState: "active", botDeadlineAt: botDeadline(now, workstream.botHandoffMinutes) } : {}),
      },
      select: { id: true },
    });
    return { conversation, isNew: true, queueId: routed.queueId, isWithBot, requiredSkills: routed.requiredSkills };
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const winner = await findOpen();
    if (!winner) throw error;
    return opened(winner);
  }
}

async function resolveNumber(accountId: string, to: string | null) {
  const select = { id: true, address: true, compliance: true, lastInboundAt: true } as const;
  if (!to) {
    // TeleSign doesn't always say which of our numbers was texted: an account with one number is unambiguous.
    const numbers = await db.phoneNumber.findMany({ where: { accountId }, select, take: 2 });
    return numbers.length === 1 ? numbers[0]! : null;
  }
  const bare = to.replace(/^whatsapp:/, "");
  if (bare.startsWith("+")) return db.phoneNumber.findFirst({ where: { accountId, OR: [{ e164: bare }, { address: bare }] }, select });
  const digits = bare.replace(/\D/g, "");
  if (!digits) return null;
  // Short codes are stored as "<CC>:<digits>"; TeleSign sender ids may be E.164 digits without "+".
  return db.phoneNumber.findFirst({ where: { accountId, OR: [{ address: { endsWith: `:${digits}` } }, { e164: `+${digits}` }] }, select });
}

type KeywordOutcome = { action: KeywordAction; reply: string | null; keyword: string };

async function applyConsent(options: {
  numberId: string;
  customerAddress: string;
  message: InboundMessage;
  compliance: string | null;
}): Promise<KeywordOutcome | null> {
  const match = matchKeyword(options.message.body, parseStoredCompliance(options.compliance));
  const telesignAction = telesignUserResponseAction(options.message.consentAction);
  const action = match?.action ?? telesignAction;
  if (!action) return null;
  const keyword = match?.keyword ?? options.message.consentAction ?? action;
  if (action !== "help") {
    await recordConsent({
      numberId: options.numberId,
      customerAddress: options.customerAddress,
      status: action === "optOut" ? "OPTED_OUT" : "OPTED_IN",
      source: match ? (match.source === "shortCode" ? "shortCodeKeyword" : "keyword") : "telesignUserResponse",
      keyword: keyword.slice(0, 40),
    });
  }
  return { action, reply: match?.reply ?? null, keyword };
}

/**
 * Twilio answers STOP/START/HELP on long codes and toll-free numbers itself (its default opt-out
 * handling), so Switchboard only replies where nobody else does: short codes (their compliance texts),
 * TeleSign and WhatsApp. See docs/decisions/010-message-flow.md.
 */
async function answerKeyword(options: {
  conversationId: string;
  channel: "SMS" | "WHATSAPP";
  keyword: KeywordOutcome;
  locale: string;
  provider: Provider;
  numberAddress: string;
  now: Date;
}) {
  const isShortCode = !options.numberAddress.startsWith("+");
  const providerAnswers = options.provider === "TWILIO" && options.channel === "SMS" && !isShortCode;
  const reply = options.keyword.reply ?? (providerAnswers ? null : await defaultKeywordReply(options.keyword.action, options.locale));
  if (!reply) return;
  await sendSystemText({
    conversationId: options.conversationId,
    body: reply,
    kind: "keywordReply",
    trigger: options.keyword.action,
    channel: options.channel,
    lastInboundAt: options.now,
    ignoreConsent: true,
    now: options.now,
  });
}

async function storeInboundMessage(options: {
  conversationId: string;
  provider: Provider;
  message: InboundMessage;
  now: Date;
  mediaBlocked: string | null;
}) {
  const { message } = options;
  const [created] = await db.$transaction([
    db.message.create({
      data: {
        conversationId: options.conversationId,
        direction: "INBOUND",
        kind: "customer",
        body: message.body,
        content: serializeContent(message.content),
        provider: options.provider,
        providerMessageId: message.providerMessageId,
        status: "RECEIVED",
        createdAt: options.now,
        // Without media, no nested write: Prisma would read the message back after inserting it (decision 038).
        ...(message.media.length > 0 && {
          attachments: {
            create: message.media.map((media) => ({
              providerUrl: media.url,
              contentType: media.contentType,
              blockedReason: options.mediaBlocked,
            })),
          },
        }),
      },
      select: { id: true },
    }),
    db.conversation.update({
      where: { id: options.conversationId },
      data: {
        lastInboundAt: options.now,
        lastMessageAt: options.now,
        lastMessagePreview: previewOf(message.body, message.media, message.content),
      },
      select: { id: true },
    }),
  ]);
  return { messageId: created.id };
}

async function holdMessage(options: {
  accountId: string;
  provider: Provider;
  message: InboundMessage;
  payload: string;
  reason: HoldReason;
}) {
  const { message } = options;
  try {
    await db.heldMessage.upsert({
      where: { providerMessageId: message.providerMessageId },
      create: {
        accountId: options.accountId,
        provider: options.provider,
        reason: options.reason,
        providerMessageId: message.providerMessageId,
        fromAddress: message.from,
        toAddress: message.to,
        // A location or button reply has no Body: the log shows what was sent instead of nothing.
        body: message.body || previewOf(message.body, message.media, message.content),
        payload: options.payload,
      },
      update: { reason: options.reason },
      select: { id: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
