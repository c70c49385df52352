// Builds the Next.js app and remembers a fingerprint of the sources it was built from, so
// `npm start` rebuilds only when something changed (e.g. after a `git pull`).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "next.config.mjs",
  "postcss.config.mjs",
  "package-lock.json",
  "prisma/schema.prisma",
  "tsconfig.json",
];
const FINGERPRINT_FILE = ".next/switchboard-fingerprint";
// Settings Next.js reads at build time and bakes into the output (the server-actions key, the deployment
// id): setting or changing one must rebuild. Only a hash of each value reaches the fingerprint file.
const BUILD_VARIABLES = ["NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "NEXT_DEPLOYMENT_ID"] as const;

function walk(root: string, path: string, out: string[]) {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const entry of readdirSync(path)) if (entry !== "generated" && entry !== "node_modules") walk(root, join(path, entry), out);
  } else {
    out.push(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}`);
  }
}

export function sourceFingerprint(root: string, env: Record<string, string | undefined> = process.env): string {
  const entries: string[] = [];
  for (const input of INPUTS) walk(root, join(root, input), entries);
  for (const name of BUILD_VARIABLES) {
    const value = env[name]?.trim();
    if (value) entries.push(`${name}=${createHash("sha256").update(value).digest("hex")}`);
  }
  return createHash("sha256").update(entries.sort().join("\n")).digest("hex");
}

export function isBuildCurrent(root: string): boolean {
  const file = join(root, FINGERPRINT_FILE);
  return existsSync(join(root, ".next/BUILD_ID")) && existsSync(file) && readFileSync(file, "utf8") === sourceFingerprint(root);
}

export function buildApp(root: string): void {
  const fingerprint = sourceFingerprint(root);
  const result = spawnSync(process.execPath, [join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed");
  writeFileSync(join(root, FINGERPRINT_FILE), fingerprint);
}
