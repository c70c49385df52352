// Issue 10 (#5–#8, #30): requests a browser or an attacker can send, answered without a 5xx, an open
// redirect or a throttle that counts the wrong client.
import { request as httpRequest } from "node:http";
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./support/fixtures";
import { CLIENT_ALLOWANCE } from "../lib/auth/throttle";
import { watchCspViolations } from "./support/csp";
import { E2E_BASE_URL, E2E_PORT } from "./support/server-env";
import { signIn } from "./support/users";

/** Fills the sign-in form and captures the server-action request it sends, without letting it through. */
async function captureSignInAction(page: Page) {
  await page.goto("/sign-in");
  const captured = new Promise<{ headers: Record<string, string>; body: string }>((resolve) => {
    void page.route("**/sign-in*", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      resolve({ headers: route.request().headers(), body: route.request().postData() ?? "" });
      await route.abort();
    });
  });
  await page.getByLabel("Email").fill("capture@example.com");
  await page.getByLabel("Password", { exact: true }).fill("Not-the-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  const { headers, body } = await captured;
  await page.unroute("**/sign-in*");
  expect(headers["next-action"]).toBeTruthy();
  return {
    actionId: headers["next-action"]!,
    contentType: headers["content-type"] ?? "text/plain;charset=UTF-8",
    routerState: headers["next-router-state-tree"] ?? "",
    body,
  };
}

test("/login leads to the sign-in page, and the app has an icon", async ({ request, page }) => {
  const login = await request.get("/login", { maxRedirects: 0 });
  expect(login.status()).toBe(308);
  expect(login.headers()["location"]).toBe("/sign-in");
  const icon = await request.get("/icon.svg");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", /icon\.svg/);
});

test("pages carry a nonce-based Content-Security-Policy and run without violations", async ({ page, seed }) => {
  const { violations } = watchCspViolations(page);
  const response = await page.goto("/sign-in");
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("'strict-dynamic'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  // Next.js put this request's nonce on its scripts.
  expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
  // Hydrated: the client-side validation runs.
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  const user = await seed.user("ADMINISTRATOR");
  await signIn(page, user);
  await page.goto("/settings/users");
  await page.getByRole("button", { name: "New user" }).click();
  await expect(page.getByRole("dialog", { name: "Create user" })).toBeVisible();
  expect(violations).toEqual([]);
});

test("sign-in never sends the browser to another origin through ?next=", async ({ page, seed }) => {
  const user = await seed.user("ADMINISTRATOR");
  for (const next of ["/%09/evil.example", "/%5C%09%5Cevil.example", "/channels%0D%0ASet-Cookie:%20x=1", "/channels%00"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${next}`);
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password", { exact: true }).fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${E2E_BASE_URL}/`);
    await expect(page.getByRole("navigation", { name: "Main navigation" })).toBeVisible();
  }
  await page.context().clearCookies();
  await page.goto(`/sign-in?next=${encodeURIComponent("/channels/accounts")}`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${E2E_BASE_URL}/channels/accounts`);
});

test("30 parallel password guesses with forged forwarding headers are throttled after the allowance", async ({ page }) => {
  const { actionId, contentType, routerState, body } = await captureSignInAction(page);
  // The e2e server trusts 127.0.0.1 as its reverse proxy (server-env.ts), so the right-most
  // X-Forwarded-For entry is the client; the entries left of it and x-switchboard-peer are forged.
  const guess = (index: number, realClient: string) =>
    page.request.post("/sign-in", {
      headers: {
        "next-action": actionId,
        "content-type": contentType,
        "next-router-state-tree": routerState,
        origin: E2E_BASE_URL,
        "x-forwarded-for": `10.0.${index}.1, ${realClient}`,
        "x-switchboard-peer": `10.9.${index}.1`,
      },
      data: body.replace("capture@example.com", `spray-${randomUUID()}@example.com`),
    });
  const answers = await Promise.all(
    Array.from({ length: 30 }, (_, index) => guess(index, "198.51.100.77").then((response) => response.text())),
  );
  const throttled = answers.filter((text) => text.includes("Too many failed sign-ins")).length;
  const evaluated = answers.filter((text) => text.includes("The email or password is incorrect.")).length;
  expect(throttled + evaluated).toBe(30);
  expect(evaluated).toBeLessThanOrEqual(CLIENT_ALLOWANCE);
  expect(throttled).toBeGreaterThanOrEqual(30 - CLIENT_ALLOWANCE);
  // Another client behind the same proxy is not punished for it.
  expect(await (await guess(99, "198.51.100.78")).text()).toContain("The email or password is incorrect.");
});

/** A raw request, so the test controls Content-Length and the path's exact bytes. */
function rawRequest(options: { method: string; path: string; headers?: Record<string, string | number>; body?: string }): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port: E2E_PORT, method: options.method, path: options.path, headers: options.headers },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on("error", reject);
    if (options.body) req.write(options.body);
    // A declared body larger than what is written: the answer must come before the body does.
    if (!options.headers?.["content-length"] || Number(options.headers["content-length"]) === Buffer.byteLength(options.body ?? ""))
      req.end();
  });
}

test("malformed and foreign requests get a 4xx, never a 5xx", async ({ page }) => {
  const { actionId, contentType, routerState, body } = await captureSignInAction(page);
  const actionHeaders = {
    "next-action": actionId,
    "content-type": contentType,
    "next-router-state-tree": routerState,
    origin: E2E_BASE_URL,
  };

  const cases: { name: string; status: () => Promise<number>; expected?: number }[] = [
    {
      name: "invalid percent-encoding in a dynamic segment",
      status: () => rawRequest({ method: "GET", path: "/channels/accounts/%E0%A4%A" }),
      expected: 400,
    },
    {
      name: "invalid percent-encoding in an API route",
      status: () => rawRequest({ method: "GET", path: "/api/media/%E0%A4%A" }),
      expected: 400,
    },
    {
      name: "server action from another origin",
      status: async () =>
        (await page.request.post("/sign-in", { headers: { ...actionHeaders, origin: "https://evil.example" }, data: body })).status(),
      expected: 403,
    },
    {
      name: "server action body over the limit",
      status: () =>
        rawRequest({ method: "POST", path: "/sign-in", headers: { ...actionHeaders, "content-length": 40 * 1024 * 1024 }, body: "[" }),
      expected: 413,
    },
    {
      name: "anonymous server action body over 1 MB",
      status: async () =>
        (await page.request.post("/sign-in", { headers: actionHeaders, data: `["${"a".repeat(2 * 1024 * 1024)}"]` })).status(),
      expected: 413,
    },
    {
      name: "unknown action id",
      status: async () =>
        (await page.request.post("/sign-in", { headers: { ...actionHeaders, "next-action": "f".repeat(42) }, data: body })).status(),
    },
    {
      name: "garbage action id",
      status: async () =>
        (await page.request.post("/sign-in", { headers: { ...actionHeaders, "next-action": '../../x"<>' }, data: "garbage" })).status(),
    },
    {
      name: "garbage action body",
      status: async () => (await page.request.post("/sign-in", { headers: actionHeaders, data: "{not json" })).status(),
    },
    {
      name: "garbage multipart action body",
      status: async () =>
        (
          await page.request.post("/sign-in", {
            headers: { ...actionHeaders, "content-type": "multipart/form-data; boundary=x" },
            data: "--y\r\n\r\n",
          })
        ).status(),
    },
  ];
  const results: string[] = [];
  for (const check of cases) results.push(`${check.name}: ${await check.status()}`);
  for (const [index, check] of cases.entries()) {
    const status = Number(results[index]!.split(": ").at(-1));
    if (check.expected) expect(results[index]).toBe(`${check.name}: ${check.expected}`);
    else expect(status, results[index]).toBeGreaterThanOrEqual(400);
    expect(status, results[index]).toBeLessThan(500);
  }
});

test("a signed-in user's large action body (an agent's attachments) passes the guards intact", async ({ page, seed }) => {
  const { actionId, contentType, routerState, body } = await captureSignInAction(page);
  await signIn(page, await seed.user("AGENT"));
  // 3 MB: over the anonymous 1 MB, in many TCP chunks that the guard reads and hands back to Next.js.
  const large = body.replace("Not-the-password-1", "x".repeat(3 * 1024 * 1024));
  const response = await page.request.post("/sign-in", {
    headers: { "next-action": actionId, "content-type": contentType, "next-router-state-tree": routerState, origin: E2E_BASE_URL },
    data: large,
  });
  expect(response.status()).toBe(200);
  // The action parsed all of it: the password field is refused as too long, not as missing or malformed.
  expect(await response.text()).toContain("Check the highlighted fields.");
});
