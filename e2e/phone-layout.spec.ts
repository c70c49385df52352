// Phones (issue #14 item 9): on a 390 px screen no page is wider than the screen in any of the four
// languages, tables collapse to label/value rows instead of hiding columns off-screen, and the
// breadcrumbs name the record they lead to without empty crumbs or dangling separators. The records
// carry long names, long numbers and long unbroken strings, in French, Japanese and Chinese.
import { randomBytes } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import en from "../messages/en.json" with { type: "json" };
import fr from "../messages/fr.json" with { type: "json" };
import ja from "../messages/ja.json" with { type: "json" };
import zhTW from "../messages/zh-TW.json" with { type: "json" };
import { expect, test } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { randomE164 } from "./support/message-flow";
import { signIn, type TestUser } from "./support/users";

const PHONE = { width: 390, height: 844 };
const CATALOGS = { en, ja, "zh-TW": zhTW, fr } as const;
type Locale = keyof typeof CATALOGS;

const suffix = () => randomBytes(3).toString("hex");
const LONG = {
  account: () => `Compte de messagerie du service après-vente international ${suffix()}`,
  workstream: () => `カスタマーサポート窓口（日本語・英語対応）の長い名前のワークストリーム ${suffix()}`,
  queue: () => `File d’attente des réclamations et remboursements prioritaires ${suffix()}`,
  hours: () => `營業時間（台北總部客服中心週一至週五）${suffix()}`,
  customer: "Jean-Baptiste Emmanuel Zorg de la Montagne-Sainte-Geneviève",
  message: `Bonjour, voici le lien : https://exemple.fr/suivi/${"a1b2c3d4".repeat(12)} et la référence SM${"0".repeat(32)}`,
  user: "Anne-Sophie Delacroix-Beaumarchais (Administratrice)",
};

/** `axe`: also scanned with axe (in English; every page is scanned on a desktop by a11y.spec.ts). */
type PageCheck = { path: string; record?: string; axe?: boolean };

/** What breaks the phone layout on the page now: overflow, cells off-screen, bad crumbs, a missing record crumb. */
async function layoutProblems(page: Page, breadcrumbLabel: string, record?: string): Promise<string[]> {
  return page.evaluate(
    ({ width, label, record }) => {
      const problems: string[] = [];
      const visible = (element: Element) => {
        const style = getComputedStyle(element);
        const rect = element.getBoundingClientRect();
        return style.display !== "none" && style.visibility !== "hidden" && rect.width > 1 && rect.height > 1;
      };
      const describe = (element: Element) =>
        `${element.tagName.toLowerCase()}${element.getAttribute("data-slot") ? `[${element.getAttribute("data-slot")}]` : ""}"${(element.textContent ?? "").trim().slice(0, 30)}"`;
      const scrollWidth = document.documentElement.scrollWidth;
      if (scrollWidth > width) {
        // The outermost elements sticking out name the culprit.
        const wide = Array.from(document.querySelectorAll("body *")).filter(
          (element) => visible(element) && element.getBoundingClientRect().right > width + 1,
        );
        const outermost = wide.filter((element) => !wide.includes(element.parentElement as Element)).slice(0, 3);
        problems.push(`page is ${scrollWidth}px wide (${outermost.map(describe).join(", ")})`);
      }
      for (const cell of Array.from(document.querySelectorAll("main td, main th, [role=dialog] td, [role=dialog] th"))) {
        if (!visible(cell)) continue;
        const rect = cell.getBoundingClientRect();
        if (rect.right > width + 1 || rect.left < -1) {
          problems.push(`table cell off-screen: ${describe(cell)} at ${Math.round(rect.left)}..${Math.round(rect.right)}px`);
          break;
        }
      }
      const nav = document.querySelector(`header nav[aria-label="${label}"]`);
      if (!nav) problems.push("no breadcrumbs");
      else {
        const shown = Array.from(nav.querySelectorAll("ol > li")).filter(visible);
        shown.forEach((item, index) => {
          const isSeparator = item.getAttribute("data-slot") === "breadcrumb-separator";
          if (isSeparator) {
            const before = shown[index - 1];
            const after = shown[index + 1];
            const isCrumb = (element?: Element) => !!element && element.getAttribute("data-slot") !== "breadcrumb-separator";
            if (!isCrumb(before) || !isCrumb(after)) problems.push("breadcrumb separator without a crumb on both sides");
          } else {
            const named = item.querySelector("a, [role=link], button");
            const name = (named?.getAttribute("aria-label") ?? named?.textContent ?? item.textContent ?? "").trim();
            if (!name) problems.push("breadcrumb without a name");
          }
        });
        const header = nav.closest("header")!.getBoundingClientRect();
        if (nav.getBoundingClientRect().bottom > header.bottom + 1) problems.push("breadcrumbs wrap below the header");
        if (record) {
          const crumbs = Array.from(nav.querySelectorAll("a, [role=link]")).filter(visible);
          if (!crumbs.some((crumb) => (crumb.textContent ?? "").trim() === record))
            problems.push(`no breadcrumb names "${record}" (crumbs: ${crumbs.map((crumb) => crumb.textContent).join(" | ")})`);
        }
      }
      return problems;
    },
    { width: PHONE.width, label: breadcrumbLabel, record },
  );
}

async function seedRecords({ seed, db }: { seed: import("./support/seed").Seed; db: import("./support/database").Database }) {
  const admin = await seed.user("ADMINISTRATOR", { name: LONG.user });
  const setup = await seed.twilioSetup({
    agentIds: [admin.id],
    distribution: "PICK",
    operatingHours: { timeZone: "Asia/Tokyo", weekly: { "1": [{ start: "09:00", end: "18:00" }] } },
    otherNumbers: [randomE164(), randomE164()],
  });
  const names = { account: LONG.account(), workstream: LONG.workstream(), queue: LONG.queue(), hours: LONG.hours() };
  await db.messagingAccount.update({ where: { id: setup.accountId }, data: { name: names.account } });
  await db.workstream.update({ where: { id: setup.workstreamId }, data: { name: names.workstream } });
  await db.queue.update({ where: { id: setup.queueId }, data: { name: names.queue } });
  await db.operatingHours.update({ where: { id: setup.operatingHoursId! }, data: { name: names.hours } });
  const customerAddress = randomE164();
  const customer = await db.customer.create({ data: { address: customerAddress, name: LONG.customer, nameSource: "agent" } });
  const conversation = await db.conversation.create({
    data: {
      accountId: setup.accountId,
      numberId: setup.numberId,
      channelInstanceId: setup.channelInstanceId,
      workstreamId: setup.workstreamId,
      queueId: setup.queueId,
      assignedToId: admin.id,
      channel: "SMS",
      provider: "TWILIO",
      customerAddress,
      ourAddress: setup.number,
      lastInboundAt: new Date(),
      lastMessagePreview: LONG.message,
      messages: {
        create: [
          {
            direction: "INBOUND",
            kind: "customer",
            body: LONG.message,
            provider: "TWILIO",
            providerMessageId: `SM${suffix()}`,
            status: "RECEIVED",
          },
          {
            direction: "OUTBOUND",
            kind: "agent",
            body: LONG.message,
            provider: "TWILIO",
            status: "FAILED",
            errorCode: "30007",
            errorMessage: "x".repeat(80),
          },
        ],
      },
    },
    select: { id: true },
  });
  await db.customerNote.create({ data: { customerId: customer.id, authorId: admin.id, body: LONG.message } });
  await seed.auditEvents(admin, 3);
  const pages: PageCheck[] = [
    { path: "/" },
    { path: "/channels/accounts", axe: true },
    { path: "/channels/accounts/new" },
    { path: `/channels/accounts/new?step=account&name=${encodeURIComponent(names.account)}&channel=WHATSAPP` },
    { path: `/channels/accounts/${setup.accountId}`, record: names.account },
    { path: "/channels/integrations" },
    { path: `/channels/integrations/${setup.accountId}`, record: names.account },
    { path: `/channels/integrations/${setup.accountId}?tab=configuration`, record: names.account },
    { path: "/channels/numbers", axe: true },
    { path: "/channels/message-log" },
    { path: "/channels/message-log?tab=failed", axe: true },
    { path: "/channels/message-log?tab=rejected" },
    { path: "/channels/message-log?tab=consent" },
    { path: "/workstreams" },
    { path: "/workstreams/new" },
    { path: `/workstreams/${setup.workstreamId}`, record: names.workstream, axe: true },
    ...["?tab=distribution", "?tab=routing", "?tab=messages", "?tab=bot", "?tab=advanced"].map((tab) => ({
      path: `/workstreams/${setup.workstreamId}${tab}`,
      record: names.workstream,
    })),
    { path: `/workstreams/${setup.workstreamId}/channels/new?step=number`, record: names.workstream },
    ...["language", "behaviours", "features", "summary"].map((step) => ({
      path: `/workstreams/${setup.workstreamId}/channels/${setup.channelInstanceId}?step=${step}`,
      record: names.workstream,
    })),
    { path: `/workstreams/${setup.workstreamId}/channels/${setup.channelInstanceId}/messages`, record: names.workstream },
    { path: "/queues" },
    { path: "/queues/new" },
    { path: `/queues/${setup.queueId}`, record: names.queue },
    { path: "/queues/agents", axe: true },
    { path: "/operating-hours", axe: true },
    { path: "/operating-hours/new" },
    { path: `/operating-hours/${setup.operatingHoursId}`, record: names.hours },
    { path: "/conversations", axe: true },
    { path: `/conversations/${conversation.id}`, record: LONG.customer },
    { path: "/settings/users", axe: true },
    { path: "/settings/audit-log", axe: true },
  ];
  return { admin, pages, conversationId: conversation.id, customerId: customer.id };
}

async function phonePage(browser: Browser, user: TestUser) {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, user);
  return page;
}

for (const locale of Object.keys(CATALOGS) as Locale[]) {
  test(`phone 390 px, ${locale}: every page fits the screen, tables collapse to rows, breadcrumbs name the record`, async ({
    browser,
    seed,
    db,
  }) => {
    test.setTimeout(180_000);
    const { admin, pages, conversationId, customerId } = await seedRecords({ seed, db });
    try {
      await db.user.update({ where: { id: admin.id }, data: { locale } });
      const catalog = CATALOGS[locale];
      const page = await phonePage(browser, admin);
      const problems: string[] = [];
      for (const { path, record, axe } of pages) {
        await page.goto(path);
        await expect(page.locator("main h1")).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        // Record crumbs come from the page: wait for them before measuring.
        if (record) await expect(page.locator("header nav").getByText(record, { exact: true }).first()).toBeAttached();
        for (const problem of await layoutProblems(page, catalog.nav.breadcrumb, record)) problems.push(`${path}: ${problem}`);
        if (axe && locale === "en") await expectNoSeriousA11yViolations(page);
      }

      // The thread with the customer panel opened, and its transfer dialog.
      const dialogBox = async (label: string) => {
        const box = (await page.getByRole("dialog").boundingBox())!;
        if (box.x < 0 || box.x + box.width > PHONE.width + 1)
          problems.push(`${label}: dialog spans ${Math.round(box.x)}..${Math.round(box.x + box.width)}px`);
        for (const problem of await layoutProblems(page, catalog.nav.breadcrumb)) problems.push(`${label}: ${problem}`);
      };
      await page.goto(`/conversations/${conversationId}`);
      const panel = page.getByRole("complementary", { name: catalog.customers.title });
      await panel.getByRole("button", { name: catalog.customers.show }).click();
      await expect(panel.getByText(LONG.message)).toBeVisible();
      for (const problem of await layoutProblems(page, catalog.nav.breadcrumb, LONG.customer)) problems.push(`customer panel: ${problem}`);
      if (locale === "en") await expectNoSeriousA11yViolations(page);
      await page.getByRole("button", { name: catalog.conversations.actions.transfer }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await dialogBox("transfer dialog");
      if (locale === "en") await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toBeHidden();

      // The navigation sheet and the preferences dialog fit too.
      await page.goto("/conversations");
      await page.getByRole("button", { name: catalog.nav.openMenu }).click();
      const sheet = page.getByRole("dialog");
      await expect(sheet).toBeVisible();
      for (const problem of await layoutProblems(page, catalog.nav.breadcrumb)) problems.push(`navigation sheet: ${problem}`);
      if (locale === "en") await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
      await page.keyboard.press("Escape");
      await expect(sheet).toBeHidden();

      await page.getByRole("button", { name: new RegExp(LONG.user.slice(0, 12)) }).click();
      await page.getByRole("menuitem", { name: catalog.preferences.menuItem }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await dialogBox("preferences dialog");
      if (locale === "en") await expectNoSeriousA11yViolations(page, { within: "[role=dialog]" });
      await page.keyboard.press("Escape");

      expect(problems).toEqual([]);
      await page.context().close();
    } finally {
      await db.customer.deleteMany({ where: { id: customerId } });
    }
  });
}
