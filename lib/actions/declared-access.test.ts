// Every server action is a public endpoint: reads are served by pages and route handlers, so an
// action (a write, or a provider call that rewrites stored state) must never need only a view permission.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function actionFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : actionFiles(path);
    return entry.name === "actions.ts" ? [path] : [];
  });
}

const declared = actionFiles(join(process.cwd(), "lib")).flatMap((file) =>
  [...readFileSync(file, "utf8").matchAll(/createAction\(\s*\{\s*name:\s*"(\w+)",\s*access:\s*"([^"]+)"/g)].map(
    ([, name = "", access = ""]) => ({ file, name, access }),
  ),
);

describe("server action permissions", () => {
  it("finds the actions", () => {
    expect(declared.map((action) => action.name)).toEqual(expect.arrayContaining(["checkNumberInTwilio", "recheckWebhook", "signIn"]));
  });

  it("never lets a view permission call an action", () => {
    expect(declared.filter((action) => action.access.endsWith(":view")).map((action) => `${action.name} (${action.access})`)).toEqual([]);
  });

  it("asks the manage permission for Check in Twilio and webhook Re-check", () => {
    const access = Object.fromEntries(declared.map((action) => [action.name, action.access]));
    expect(access.checkNumberInTwilio).toBe("numbers:manage");
    expect(access.recheckWebhook).toBe("numbers:manage");
  });
});
