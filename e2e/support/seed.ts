// Test data a spec needs before it starts, written through the app's own Prisma client (secrets sealed
// by its extension, dates written by Prisma) and removed again after the test: the `seed` fixture of
// e2e/support/fixtures.ts (epic-stack's test.extend). What a spec creates through the UI is its own.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { fakeTelesign, fakeTwilio } from "../fakes/control";
import type { Database } from "./database";
import { createMessagingSetup, type SeededSetup, type SeedOptions } from "./message-flow";
import type { Role, TestUser } from "./users";

type ProviderSeedOptions = Omit<SeedOptions, "provider" | "credentials" | "channel" | "agentIds"> &
  Partial<Pick<SeedOptions, "channel" | "agentIds">>;

/** Weekly intervals by weekday ("0" = Sunday), as the operating-hours editor stores them. */
export type WeeklyHours = Record<string, { start: string; end: string }[]>;

export class Seed {
  private readonly removals: (() => Promise<unknown>)[] = [];

  constructor(private readonly db: Database) {}

  async user(role: Role, overrides: Partial<Pick<TestUser, "name" | "email">> = {}): Promise<TestUser> {
    const suffix = randomUUID().slice(0, 8);
    const name = overrides.name ?? `${role.toLowerCase().replace("_", " ")} ${suffix}`;
    const email = overrides.email ?? `${role.toLowerCase()}-${suffix}@example.com`;
    const password = `Test-password-${suffix}`;
    const { id } = await this.db.user.create({
      data: { name, email, role, passwordHash: await hashPassword(password) },
      select: { id: true },
    });
    this.afterTest(() => this.db.user.deleteMany({ where: { id } }));
    return { id, name, email, password, role };
  }

  async queue(options: { name: string; memberIds?: string[]; operatingHoursId?: string }) {
    const { id, name } = await this.db.queue.create({
      data: {
        name: options.name,
        operatingHoursId: options.operatingHoursId,
        members: { create: (options.memberIds ?? []).map((userId) => ({ userId })) },
      },
      select: { id: true, name: true },
    });
    this.afterTest(() => this.deleteQueue(id));
    return { id, name };
  }

  async operatingHours(options: {
    name: string;
    timeZone: string;
    weekly: WeeklyHours;
    exceptions?: { date: string; kind: "holiday" | "closure" | "open"; reason?: string }[];
  }) {
    const { id, name } = await this.db.operatingHours.create({
      data: {
        name: options.name,
        timeZone: options.timeZone,
        weekly: JSON.stringify(options.weekly),
        exceptions: JSON.stringify(options.exceptions ?? []),
      },
      select: { id: true, name: true },
    });
    this.afterTest(() => this.db.operatingHours.deleteMany({ where: { id } }));
    return { id, name };
  }

  /** An active account with one number in a workstream, a queue and its agents: message-flow specs start at the callback URL. */
  async messagingSetup(options: SeedOptions): Promise<SeededSetup> {
    const setup = await createMessagingSetup(this.db, options);
    this.afterTest(async () => {
      // The account takes its numbers, channel instance, templates and conversations with it.
      await this.db.messagingAccount.deleteMany({ where: { id: setup.accountId } });
      await this.db.workstream.deleteMany({ where: { id: setup.workstreamId } });
      await this.deleteQueue(setup.queueId);
      if (setup.operatingHoursId) await this.db.operatingHours.deleteMany({ where: { id: setup.operatingHoursId } });
    });
    return setup;
  }

  /** A new account at the fake Twilio and a setup seeded with its credentials (SMS, no agents by default). */
  async twilioSetup(options: ProviderSeedOptions = {}) {
    const twilio = await fakeTwilio.addAccount();
    const credentials = { accountSid: twilio.sid, authToken: twilio.authToken };
    return { twilio, ...(await this.messagingSetup({ channel: "SMS", agentIds: [], ...options, provider: "TWILIO", credentials })) };
  }

  /** A new customer at the fake TeleSign and an SMS setup seeded with its credentials. */
  async telesignSetup(options: ProviderSeedOptions = {}) {
    const telesign = await fakeTelesign.addCustomer();
    const credentials = { customerId: telesign.customerId, apiKey: telesign.apiKey };
    return { telesign, ...(await this.messagingSetup({ channel: "SMS", agentIds: [], ...options, provider: "TELESIGN", credentials })) };
  }

  /** An outbound message already sent through the setup's account (as if an agent had replied), by its provider SID. */
  async outboundMessage(options: {
    setup: SeededSetup;
    provider: "TWILIO" | "TELESIGN";
    channel: "SMS" | "WHATSAPP";
    customerAddress: string;
    providerMessageId: string;
    body: string;
  }) {
    const { setup } = options;
    const { id } = await this.db.conversation.create({
      data: {
        accountId: setup.accountId,
        numberId: setup.numberId,
        channelInstanceId: setup.channelInstanceId,
        workstreamId: setup.workstreamId,
        channel: options.channel,
        provider: options.provider,
        customerAddress: options.customerAddress,
        ourAddress: setup.number,
        messages: {
          create: {
            direction: "OUTBOUND",
            kind: "agent",
            body: options.body,
            provider: options.provider,
            providerMessageId: options.providerMessageId,
            status: "QUEUED",
          },
        },
      },
      select: { id: true },
    });
    this.afterTest(() => this.db.conversation.deleteMany({ where: { id } }));
  }

  /** An active Twilio SMS account (integration) with `count` numbers, for the inventory's paging and filters. */
  async smsAccountWithNumbers(count: number) {
    const suffix = randomUUID().slice(0, 8);
    const account = await this.db.messagingAccount.create({
      data: { name: `Paging ${suffix}`, channel: "SMS", provider: "TWILIO", status: "ACTIVE", callbackKey: randomUUID() },
      select: { id: true, name: true },
    });
    this.afterTest(() => this.db.messagingAccount.deleteMany({ where: { id: account.id } }));
    const base = 1_000_000 + Math.floor(Math.random() * 8_000_000);
    const addresses = Array.from({ length: count }, (_, index) => `+1505${base + index}`);
    await this.db.phoneNumber.createMany({
      data: addresses.map((address) => ({ accountId: account.id, address, e164: address, country: "US", type: "LONG_CODE" as const })),
    });
    return { ...account, addresses };
  }

  /** `count` audit entries by `actor`, one minute apart (newest first: label 0). */
  async auditEvents(actor: { id: string; email: string }, count: number) {
    const base = Date.now();
    const labels = Array.from({ length: count }, (_, index) => `Paged entry ${randomUUID().slice(0, 6)} ${index}`);
    await this.db.auditEvent.createMany({
      data: labels.map((entityLabel, index) => ({
        createdAt: new Date(base - index * 60_000),
        actorId: actor.id,
        actorEmail: actor.email,
        action: "update",
        entityType: "queue",
        entityLabel,
      })),
    });
    this.afterTest(() => this.db.auditEvent.deleteMany({ where: { entityLabel: { in: labels } } }));
    return labels;
  }

  /** Removes what this seed created, newest first. Called by the fixture after each test. */
  async removeAll() {
    for (const remove of this.removals.reverse()) await remove();
    this.removals.length = 0;
  }

  private afterTest(remove: () => Promise<unknown>) {
    this.removals.push(remove);
  }

  // A workstream or routing rule the test created through the UI may still use the queue (the schema
  // restricts those deletions): the queue then stays, like the rest of what the test made.
  private async deleteQueue(id: string) {
    try {
      await this.db.queue.deleteMany({ where: { id } });
    } catch (error) {
      if ((error as { code?: unknown }).code !== "P2003") throw error;
    }
  }
}
