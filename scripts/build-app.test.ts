import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-app";

const root = mkdtempSync(join(tmpdir(), "sb-fingerprint-"));
mkdirSync(join(root, "app"));
writeFileSync(join(root, "app", "page.tsx"), "export default function Page() {}\n");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("sourceFingerprint", () => {
  it("changes with the build-time settings Next.js bakes into the build, and never holds their values", () => {
    const key = Buffer.alloc(32, 9).toString("base64");
    const plain = sourceFingerprint(root, {});
    const withKey = sourceFingerprint(root, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key });
    const otherKey = sourceFingerprint(root, { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: Buffer.alloc(32, 8).toString("base64") });
    const withDeployment = sourceFingerprint(root, { NEXT_DEPLOYMENT_ID: "v2" });
    expect(new Set([plain, withKey, otherKey, withDeployment]).size).toBe(4);
    expect(withKey).not.toContain(key);
    // Unrelated variables don't force a rebuild.
    expect(sourceFingerprint(root, { PORT: "4000", DATABASE_URL: "file:./x.db" })).toBe(plain);
  });
});
