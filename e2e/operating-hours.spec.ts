import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { expectNoSeriousA11yViolations } from "./support/a11y";
import { holdFormCode, watchNativeSubmits } from "./support/form-code";
import { ADMIN, signIn } from "./support/users";

// Monday 08:00–18:00 in Tokyo, closed on 1 May 2026 for an office move.
const TOKYO_DESK = {
  timeZone: "Asia/Tokyo",
  weekly: { 0: [], 1: [{ start: "08:00", end: "18:00" }], 2: [], 3: [], 4: [], 5: [], 6: [] },
  exceptions: [{ date: "2026-05-01", kind: "closure" as const, reason: "Office move" }],
};

async function previewAt(page: Page, date: string, time: string) {
  const preview = page.getByRole("region", { name: "Preview" });
  await preview.getByLabel("Arrival date").fill(date);
  await preview.getByLabel("Arrival time").fill(time);
  return preview.getByRole("status");
}

test("an administrator creates operating hours, previews them, edits and deletes them; the audit log records it", async ({
  page,
  seed,
  db,
}) => {
  const suffix = randomUUID().slice(0, 8);
  const name = `Support hours ${suffix}`;
  const renamed = `${name} EU`;
  await signIn(page, ADMIN);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Operating hours" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Operating hours" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // The header's button, or the empty state's when this is the first record: the same link.
  await page.getByRole("link", { name: "New operating hours" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New operating hours" })).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill(name);
  const timeZone = page.getByRole("combobox", { name: "Time zone" });
  await timeZone.fill("paris");
  await page.getByRole("option", { name: /Europe\/Paris/ }).click();
  await expect(timeZone).toHaveValue("Europe/Paris");
  await expect(page.getByText(/Now UTC\+0[12]:00/)).toBeVisible();

  // Monday to Friday 09:00–17:00, plus Friday night 22:00–06:00.
  await expect(page.getByRole("group", { name: "Monday", exact: true })).toContainText("Closed");
  await page.getByRole("button", { name: "Add interval to Monday" }).click();
  await page.getByLabel("Monday, interval 1: opens").fill("09:00");
  await page.getByLabel("Monday, interval 1: closes").fill("17:00");
  await page.getByRole("button", { name: "Copy Monday to weekdays" }).click();
  await expect(page.getByLabel("Friday, interval 1: opens")).toHaveValue("09:00");
  await expect(page.getByLabel("Friday, interval 1: closes")).toHaveValue("17:00");
  await expect(page.getByRole("group", { name: "Saturday", exact: true })).toContainText("Closed");
  await page.getByRole("button", { name: "Add interval to Friday" }).click();
  await page.getByLabel("Friday, interval 2: opens").fill("22:00");
  await page.getByLabel("Friday, interval 2: closes").fill("06:00");
  await expect(page.getByRole("group", { name: "Friday", exact: true }).getByText("ends next day")).toBeVisible();

  // Overlapping intervals: the message is on the interval that overlaps, and nothing is saved.
  await page.getByRole("button", { name: "Add interval to Monday" }).click();
  await page.getByLabel("Monday, interval 2: opens").fill("12:00");
  await page.getByLabel("Monday, interval 2: closes").fill("14:00");
  await page.getByRole("button", { name: "Create operating hours" }).click();
  await expect(page.getByLabel("Monday, interval 2: opens")).toHaveAttribute("aria-invalid", "true");
  await expect(
    page.getByRole("group", { name: "Monday", exact: true }).getByText("This interval overlaps another one on the same day."),
  ).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "Check the highlighted fields." })).toBeVisible();
  await expect(page).toHaveURL(/\/operating-hours\/new$/);
  await page.getByRole("button", { name: "Remove Monday, interval 2" }).click();
  await expect(page.getByLabel("Monday, interval 2: opens")).toHaveCount(0);

  // A holiday on Christmas Day.
  await page.getByRole("button", { name: "Add exception" }).click();
  const christmas = page.getByRole("group", { name: /^Exception 1/ });
  await christmas.getByLabel("Date").fill("2026-12-25");
  await expect(christmas.getByRole("combobox", { name: "Kind" })).toHaveText("Holiday");
  await christmas.getByLabel("Reason").fill("Christmas");

  // The preview works on the unsaved values, in the record's time zone.
  await expect(await previewAt(page, "2026-12-25", "10:00")).toContainText("Closed: holiday — Christmas");
  await expect(await previewAt(page, "2026-06-06", "03:00")).toContainText("Open (weekly: Friday 22:00–06:00)"); // a Saturday
  await expect(await previewAt(page, "2026-06-08", "18:30")).toContainText(/Closed: outside operating hours — opens again Tue.*09:00/);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("button", { name: "Create operating hours" }).click();
  await expect(page.getByText(`“${name}” was created.`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page).not.toHaveURL(/\/new$/);
  const id = new URL(page.url()).pathname.split("/").pop() ?? "";
  await expect(page.getByLabel("Friday, interval 2: opens")).toHaveValue("22:00");
  await expect(page.getByRole("group", { name: /^Exception 1/ }).getByLabel("Reason")).toHaveValue("Christmas");
  await expect(await previewAt(page, "2026-12-25", "10:00")).toContainText("Closed: holiday — Christmas");
  await expectNoSeriousA11yViolations(page);

  // A second record can't take the same name: the error is on the name field.
  await page.goto("/operating-hours/new");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create operating hours" }).click();
  await expect(page.getByText("Operating hours with this name already exist. Choose another name.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  // Edit: rename, open on Saturday mornings.
  await page.goto(`/operating-hours/${id}`);
  // Adding an interval needs the hydrated form; filling the name before hydration raced under load
  // (the typed name and the server-rendered one ended up concatenated).
  const saturdayOpens = page.getByLabel("Saturday, interval 1: opens");
  await expect(async () => {
    if (!(await saturdayOpens.isVisible())) await page.getByRole("button", { name: "Add interval to Saturday" }).click({ timeout: 1000 });
    await expect(saturdayOpens).toBeVisible({ timeout: 2000 });
  }).toPass();
  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(renamed);
  await saturdayOpens.fill("10:00");
  await page.getByLabel("Saturday, interval 1: closes").fill("14:00");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The heading is the durable sign of the save (the toast is transient).
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();

  // The list: search, weekly summary, exceptions, usage.
  await page.goto("/operating-hours");
  await page.getByLabel("Search by name").fill(suffix);
  await page.getByRole("button", { name: "Apply filters" }).click();
  const row = page.getByRole("row").filter({ hasText: renamed });
  await expect(row).toContainText("Europe/Paris");
  await expect(row).toContainText("Mon–Thu 09:00–17:00");
  await expect(row).toContainText("Fri 09:00–17:00, 22:00–06:00");
  await expect(row).toContainText("Sat 10:00–14:00");
  await expect(row).toContainText("Not used");

  // A queue follows these hours: the record says so, and deleting detaches it.
  const queueName = `Billing ${suffix}`;
  const queue = await seed.queue({ name: queueName, operatingHoursId: id });
  await row.getByRole("link", { name: renamed }).click();
  await expect(page.getByRole("region", { name: "Used by" })).toContainText(queueName);
  const confirm = page.getByRole("alertdialog", { name: `Delete “${renamed}”?` });
  // The page arrives by client navigation; retry the click until hydration has wired the button.
  // Only the page's own Delete (inside main): once the dialog is open, a retry must not click the
  // dialog's Delete, which would confirm the deletion.
  await expect(async () => {
    if (!(await confirm.isVisible()))
      await page.getByRole("main").getByRole("button", { name: "Delete", exact: true }).click({ timeout: 1000 });
    await expect(confirm).toBeVisible({ timeout: 2000 });
  }).toPass();
  await expect(confirm).toContainText("detached, not deleted");
  await expect(confirm).toContainText("1 queue uses them:");
  await expect(confirm).toContainText(queueName);
  await expect(confirm).toContainText("No channel instance uses them.");
  await expectNoSeriousA11yViolations(page, { within: "[role=alertdialog]" });
  await confirm.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText(`“${renamed}” was deleted.`)).toBeVisible();
  await expect(page).toHaveURL(/\/operating-hours$/);
  expect(await db.queue.findUnique({ where: { id: queue.id }, select: { operatingHoursId: true } })).toEqual({ operatingHoursId: null });

  // Every change is in the audit log.
  await page.goto("/settings/audit-log?entityType=operatingHours");
  const events = page.getByRole("row").filter({ hasText: name });
  await expect(events.filter({ hasText: "Created" })).toHaveCount(1);
  await expect(events.filter({ hasText: "Created" })).toContainText("2026-12-25 holiday (Christmas)");
  await expect(events.filter({ hasText: "Updated" })).toContainText(`Name: ${name} → ${renamed}`);
  await expect(events.filter({ hasText: "Deleted" })).toContainText(queueName);
});

test("a viewer sees operating hours read-only and can still preview them", async ({ page, seed }) => {
  const name = `Tokyo desk ${randomUUID().slice(0, 8)}`;
  await seed.operatingHours({ name, ...TOKYO_DESK });
  const viewer = await seed.user("VIEWER");
  await signIn(page, viewer);
  await page.goto(`/operating-hours?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Operating hours" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New operating hours" })).toHaveCount(0);
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("You can view these operating hours but not change them.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeDisabled();
  await expect(page.getByRole("combobox", { name: "Time zone" })).toBeDisabled();
  await expect(page.getByLabel("Monday, interval 1: opens")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Add interval/ })).toHaveCount(0);
  await expect(await previewAt(page, "2026-05-01", "09:00")).toContainText("Closed: one-off closure — Office move");
  await expect(await previewAt(page, "2026-05-04", "09:00")).toContainText("Open (weekly: Monday 08:00–18:00)");
  await expectNoSeriousA11yViolations(page);
  expect((await page.goto("/operating-hours/new"))?.status()).toBe(403);
});

test("a fast user renames operating hours and adds an interval before the editor's code has arrived: both apply once it has, and Save saves them", async ({
  page,
  seed,
}) => {
  const name = `Fast hours ${randomUUID().slice(0, 8)}`;
  const renamed = `${name} renamed`;
  const record = await seed.operatingHours({ name, ...TOKYO_DESK });
  await signIn(page, ADMIN);
  await page.goto(`/operating-hours/${record.id}`);
  const nativeSubmits = watchNativeSubmits(page);
  const region = page.locator("[data-hydrate-on-use]");
  const code = await holdFormCode(page, region);
  // The server's HTML shows the saved values while the editor's code is not there.
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  await expect(page.getByLabel("Monday, interval 1: opens")).toHaveValue("08:00");
  await expect(page.getByRole("group", { name: /^Exception 1/ }).getByLabel("Reason")).toHaveValue("Office move");

  await page.getByLabel("Name", { exact: true }).fill(renamed);
  await page.getByRole("button", { name: "Add interval to Saturday" }).click();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  // The editor's code is held: still the server's HTML, the click and the submit wait for it.
  await expect.poll(code.requested).toBeGreaterThan(0);
  await expect(region).not.toHaveAttribute("data-hydrated");
  await expect(page.getByLabel("Saturday, interval 1: opens")).toHaveCount(0);

  await code.release();
  await expect(page.getByLabel("Saturday, interval 1: opens")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(renamed);
  // The submit came after the click: it saved the new interval's default times with the new name.
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText(`“${renamed}” was saved.`)).toBeVisible();
  expect(nativeSubmits).toEqual([]);
});
