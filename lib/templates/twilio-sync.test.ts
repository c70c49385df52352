// Importing and syncing WhatsApp templates against a real database and the e2e fake Twilio's Content API.
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createFakeTwilioControl } from "@/e2e/fakes/control";
import { startFakeTwilio } from "@/e2e/fakes/fake-twilio";
import { createTestDatabase, testDatabaseProvider } from "@/lib/testing/test-database";

const fake = await startFakeTwilio({ port: 0 });
const control = createFakeTwilioControl(fake.url);
const testDatabase = await createTestDatabase({ env: { TWILIO_CONTENT_API_BASE_URL: fake.url } });
const { db } = await import("@/lib/db");
const { importTemplates, previewTemplateImport, syncDueTemplateAccounts, syncTemplateStatuses } = await import("./twilio-sync");
const { saveTemplate } = await import("./save-template");

afterAll(async () => {
  await testDatabase.drop();
  await fake.close();
});

const actor = await db.user.create({
  data: { email: "admin@example.com", name: "Admin", passwordHash: "not-a-real-hash", role: "ADMINISTRATOR" },
  select: { id: true, email: true },
});
const text = (body: string) => ({ "twilio/text": { body } });

async function whatsappAccount() {
  const twilio = await control.addAccount();
  const id = randomBytes(4).toString("hex");
  const account = await db.messagingAccount.create({
    data: {
      name: `WhatsApp ${id}`,
      channel: "WHATSAPP",
      provider: "TWILIO",
      status: "ACTIVE",
      callbackKey: `key-${id}`,
      twilioAccountSid: twilio.sid,
      twilioAuthToken: twilio.authToken,
    },
    select: { id: true },
  });
  return { accountId: account.id, twilioSid: twilio.sid };
}

const templatesOf = (accountId: string) =>
  db.whatsAppTemplate.findMany({
    where: { accountId },
    orderBy: { name: "asc" },
    select: { name: true, language: true, body: true, examples: true, contentSid: true, twilioStatus: true, twilioReason: true },
  });

describe("import from Twilio", { timeout: 30_000 }, () => {
  it("previews the approved contents, imports the chosen ones and updates a hand-typed one of the same name", async () => {
    const { accountId, twilioSid } = await whatsappAccount();
    const reminder = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Appointment reminder",
      language: "en_US",
      variables: { "1": "12/1", "2": "3pm" },
      types: text("Your appointment is on {{1}} at {{2}}. Reply STOP to opt out."),
      approval: { name: "appointment_reminder", category: "UTILITY", status: "approved" },
    });
    const shipping = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Shipping",
      types: text("Your order has shipped."),
      approval: { name: "shipping", status: "approved" },
    });
    const skipped = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Promo",
      types: text("20% off this week."),
      approval: { name: "promo", status: "approved" },
    });
    await control.addContent({ accountSid: twilioSid, friendlyName: "Draft", types: text("Not yet."), approval: { status: "pending" } });
    await db.whatsAppTemplate.create({
      data: { accountId, name: "shipping", language: "en", body: "Shipped!", examples: "{}", contentSid: null },
    });

    const preview = await previewTemplateImport(accountId);
    expect(preview.map((row) => [row.name, row.action])).toEqual([
      ["appointment_reminder", "create"],
      ["shipping", "update"],
      ["promo", "create"],
    ]);

    const result = await importTemplates({ accountId, sids: [reminder.sid, shipping.sid], actor });
    expect(result).toEqual({ created: 1, updated: 1, skipped: 0 });
    expect(await templatesOf(accountId)).toEqual([
      {
        name: "appointment_reminder",
        language: "en_US",
        body: "Your appointment is on {{1}} at {{2}}. Reply STOP to opt out.",
        examples: JSON.stringify({ "1": "12/1", "2": "3pm" }),
        contentSid: reminder.sid,
        twilioStatus: "approved",
        twilioReason: null,
      },
      {
        name: "shipping",
        language: "en",
        body: "Your order has shipped.",
        examples: "{}",
        contentSid: shipping.sid,
        twilioStatus: "approved",
        twilioReason: null,
      },
    ]);
    expect((await templatesOf(accountId)).some((template) => template.contentSid === skipped.sid)).toBe(false);
    // Importing again changes nothing.
    expect((await previewTemplateImport(accountId)).map((row) => row.action)).toEqual(["unchanged", "unchanged", "create"]);
    const audit = await db.auditEvent.count({ where: { entityType: "template", entityLabel: "appointment_reminder (en_US)" } });
    expect(audit).toBe(1);
  });

  it("refuses an SMS account and one without credentials", async () => {
    const sms = await db.messagingAccount.create({
      data: { name: "SMS", channel: "SMS", provider: "TWILIO", status: "ACTIVE", callbackKey: `key-${randomBytes(4).toString("hex")}` },
      select: { id: true },
    });
    await expect(previewTemplateImport(sms.id)).rejects.toMatchObject({ messageKey: "errors.templates.twilioOnly" });
    const bare = await db.messagingAccount.create({
      data: { name: "WA", channel: "WHATSAPP", provider: "TWILIO", status: "DRAFT", callbackKey: `key-${randomBytes(4).toString("hex")}` },
      select: { id: true },
    });
    await expect(previewTemplateImport(bare.id)).rejects.toMatchObject({ messageKey: "errors.templates.noCredentials" });
  });
});

describe("status sync", { timeout: 30_000 }, () => {
  it("records rejections, flags a Content SID Twilio deleted, and keeps the outcome on the account", async () => {
    const { accountId, twilioSid } = await whatsappAccount();
    const kept = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Kept",
      types: text("Kept."),
      approval: { name: "kept", status: "approved" },
    });
    const gone = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Gone",
      types: text("Gone."),
      approval: { name: "gone", status: "approved" },
    });
    await importTemplates({ accountId, sids: [kept.sid, gone.sid], actor });
    await db.whatsAppTemplate.create({ data: { accountId, name: "typed", language: "en", body: "Typed.", examples: "{}" } });

    await control.setContentApproval({ sid: kept.sid, status: "rejected", rejectionReason: "INCORRECT_CATEGORY" });
    await control.deleteContent(gone.sid);
    const now = new Date("2026-12-03T12:00:00.000Z");
    expect(await syncTemplateStatuses(accountId, now)).toEqual({ ok: true, checked: 2, flagged: 2 });
    expect((await templatesOf(accountId)).map((t) => [t.name, t.twilioStatus, t.twilioReason])).toEqual([
      ["gone", "deleted", null],
      ["kept", "rejected", "INCORRECT_CATEGORY"],
      ["typed", null, null],
    ]);
    expect(
      await db.messagingAccount.findUnique({ where: { id: accountId }, select: { templatesSyncedAt: true, templatesSyncError: true } }),
    ).toEqual({
      templatesSyncedAt: now,
      templatesSyncError: null,
    });

    // Credentials Twilio refuses: the failure is kept, the statuses are left as they were.
    await db.messagingAccount.update({ where: { id: accountId }, data: { twilioAuthToken: "rotated" } });
    expect(await syncTemplateStatuses(accountId, now)).toEqual({ ok: false, reason: "authFailed" });
    expect((await db.messagingAccount.findUniqueOrThrow({ where: { id: accountId } })).templatesSyncError).toBe("authFailed");
    expect((await templatesOf(accountId)).map((t) => t.twilioStatus)).toEqual(["deleted", "rejected", null]);
  });

  it("the scheduled pass syncs accounts whose last sync is over an hour old, and only those", async () => {
    const due = await whatsappAccount();
    const fresh = await whatsappAccount();
    for (const account of [due, fresh]) {
      const item = await control.addContent({
        accountSid: account.twilioSid,
        friendlyName: "Hello",
        types: text("Hello."),
        approval: { name: "hello", status: "approved" },
      });
      await importTemplates({ accountId: account.accountId, sids: [item.sid], actor });
    }
    const now = new Date("2026-12-03T15:00:00.000Z");
    await db.messagingAccount.update({ where: { id: due.accountId }, data: { templatesSyncedAt: new Date(now.getTime() - 61 * 60_000) } });
    await db.messagingAccount.update({
      where: { id: fresh.accountId },
      data: { templatesSyncedAt: new Date(now.getTime() - 10 * 60_000) },
    });
    // Other tests' accounts are due too (never synced); run until only ours is left to check.
    while ((await syncDueTemplateAccounts(now)) > 0);
    const syncedAt = async (accountId: string) =>
      (await db.messagingAccount.findUniqueOrThrow({ where: { id: accountId }, select: { templatesSyncedAt: true } })).templatesSyncedAt;
    expect(await syncedAt(due.accountId)).toEqual(now);
    expect(await syncedAt(fresh.accountId)).toEqual(new Date(now.getTime() - 10 * 60_000));
  });

  it("reads only accounts flagged as having content templates; one whose last Content SID is gone loses the flag unsynced", async () => {
    const { accountId, twilioSid } = await whatsappAccount();
    const flagOf = async () =>
      db.messagingAccount.findUniqueOrThrow({ where: { id: accountId }, select: { hasContentTemplates: true, templatesSyncedAt: true } });
    // A template typed without a Content SID: nothing to sync, no flag.
    const typed = await saveTemplate({
      input: { accountId, name: "typed", language: "en", body: "Typed.", examples: {}, contentSid: null },
      actor,
    });
    expect(await flagOf()).toEqual({ hasContentTemplates: false, templatesSyncedAt: null });
    const item = await control.addContent({
      accountSid: twilioSid,
      friendlyName: "Hello",
      types: text("Hello."),
      approval: { name: "hello", status: "approved" },
    });
    // Saving one with a Content SID sets the flag; the tick syncs it.
    await saveTemplate({
      input: { accountId, templateId: typed.id, name: "typed", language: "en", body: "Typed.", examples: {}, contentSid: item.sid },
      actor,
    });
    expect((await flagOf()).hasContentTemplates).toBe(true);
    const now = new Date("2026-12-03T18:00:00.000Z");
    while ((await syncDueTemplateAccounts(now)) > 0);
    expect(await flagOf()).toEqual({ hasContentTemplates: true, templatesSyncedAt: now });

    // The Content SID cleared: the next due tick drops the flag without asking Twilio.
    await db.whatsAppTemplate.updateMany({ where: { accountId }, data: { contentSid: null } });
    const later = new Date(now.getTime() + 61 * 60_000);
    while ((await syncDueTemplateAccounts(later)) > 0);
    expect(await flagOf()).toEqual({ hasContentTemplates: false, templatesSyncedAt: now });
    // Importing one sets it again.
    await importTemplates({ accountId, sids: [item.sid], actor });
    expect((await flagOf()).hasContentTemplates).toBe(true);
  });

  it("reads due accounts from an index range in order, whatever the number of other WhatsApp accounts", async () => {
    // Many WhatsApp accounts with nothing to sync, with statistics, so the planner weighs the indexes as
    // it would on a real table.
    await db.messagingAccount.createMany({
      data: Array.from({ length: 400 }, (_, i) => ({
        name: `Unsynced ${i}`,
        channel: "WHATSAPP" as const,
        provider: "TWILIO" as const,
        status: "ACTIVE" as const,
        callbackKey: `plan-${i}-${randomBytes(4).toString("hex")}`,
      })),
    });
    await db.$executeRawUnsafe('ANALYZE "MessagingAccount"');
    const where = `"channel" = 'WHATSAPP' AND "provider" = 'TWILIO' AND "status" = 'ACTIVE' AND "hasContentTemplates" = true`;
    const queries = [
      `SELECT "id" FROM "MessagingAccount" WHERE ${where} AND "templatesSyncedAt" IS NULL LIMIT 5`,
      `SELECT "id" FROM "MessagingAccount" WHERE ${where} AND "templatesSyncedAt" < '2026-12-03 00:00:00' ORDER BY "templatesSyncedAt" ASC LIMIT 5`,
    ];
    for (const query of queries) {
      if (testDatabaseProvider() === "sqlite") {
        const plan = (await db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${query}`)).map((row) => row.detail).join("\n");
        expect(plan).toContain("MessagingAccount_channel_provider_status_hasContentTemplates_templatesSyncedAt_idx");
        expect(plan).toMatch(/hasContentTemplates=\? AND templatesSyncedAt/);
        expect(plan).not.toContain("TEMP B-TREE");
      } else {
        // An almost empty table would be read whole anyway: forbid that so the planner shows what it can use.
        const plan = await db.$transaction(async (tx) => {
          await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
          return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${query}`);
        });
        const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
        expect(text).toContain("MessagingAccount_channel_provider_status_hasContentTemplate_idx");
        expect(text).toMatch(/Index Cond: .*hasContentTemplates.*templatesSyncedAt/);
        expect(text).not.toMatch(/\bSort\b|Filter:/);
      }
    }
  });
});
