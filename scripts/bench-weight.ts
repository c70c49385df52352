// `npm run bench:weight`: first-load JavaScript per page, gzip (issue #13 item 4: ≤ 180 kB on every admin
// page and on sign-in). Builds first when the sources changed since the last build (like `npm start`).
//
// What a first load downloads, from the build's own records (decision 027): for an App Router page,
// Next.js writes into the HTML a <script> for each of the build manifest's `rootMainFiles` (React, the
// router) and, for every layout, page and boundary of the route, the chunks the page's client reference
// manifest lists under `entryJSFiles` (`.next/server/app/<route>/page_client-reference-manifest.js`).
// Chunks loaded later (next/dynamic, import() on demand) are not in those lists and not counted. Each
// file is counted once per page, gzip level 9 (what Next's build output used to report).
//
//   npm run bench:weight -- [--limit 180] [--no-build]
// Prints a table (largest first), then one JSON line {route: gzip kB}. Exit code 0 either way.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { buildApp, isBuildCurrent } from "./build-app";

const root = fileURLToPath(new URL("..", import.meta.url));
const limitIndex = process.argv.indexOf("--limit");
const LIMIT_KB = limitIndex > 0 ? Number(process.argv[limitIndex + 1]) : 180;

if (!process.argv.includes("--no-build") && !isBuildCurrent(root)) {
  console.info("Building (sources changed since the last build)…");
  buildApp(root);
}

const nextDir = join(root, ".next");
const buildManifest = JSON.parse(readFileSync(join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };

const gzipBytes = new Map<string, number>();
function gzipSize(file: string): number {
  let size = gzipBytes.get(file);
  if (size === undefined) {
    size = gzipSync(readFileSync(join(nextDir, file)), { level: 9 }).length;
    gzipBytes.set(file, size);
  }
  return size;
}

function manifestsUnder(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) manifestsUnder(path, out);
    else if (entry === "page_client-reference-manifest.js") out.push(path);
  }
  return out;
}

type ClientReferenceManifest = { entryJSFiles: Record<string, string[]> };
/** The manifest file is a script that assigns into globalThis.__RSC_MANIFEST[<entry>]: run it in a context of its own. */
function readManifest(path: string): [entry: string, manifest: ClientReferenceManifest] {
  const scope: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
  runInNewContext(readFileSync(path, "utf8"), scope);
  const entries = Object.entries(scope.__RSC_MANIFEST ?? {});
  if (entries.length !== 1) throw new Error(`${path}: expected one entry, found ${entries.length}`);
  return entries[0]!;
}

const kilobytes = (bytes: number) => Math.round(bytes / 102.4) / 10;
const shared = new Set(buildManifest.rootMainFiles);
const weights: Record<string, number> = {};
for (const path of manifestsUnder(join(nextDir, "server/app"))) {
  const [entry, manifest] = readManifest(path);
  // "/(app)/channels/accounts/[id]/page" → "/channels/accounts/[id]"; Next's own pages (_not-found, _global-error) are left out.
  const route = entry.replace(/\/page$/, "").replace(/\/\([^)]+\)/g, "") || "/";
  if (route.startsWith("/_")) continue;
  const files = new Set(shared);
  for (const chunks of Object.values(manifest.entryJSFiles)) for (const chunk of chunks) files.add(chunk.replace(/^\/?_next\//, ""));
  weights[route] = kilobytes([...files].reduce((sum, file) => sum + gzipSize(file), 0));
}

const sorted = Object.entries(weights).sort((a, b) => b[1] - a[1]);
const sharedKb = kilobytes([...shared].reduce((sum, file) => sum + gzipSize(file), 0));
for (const [route, kb] of sorted) console.info(`${kb.toFixed(1).padStart(7)} kB  ${kb > LIMIT_KB ? "over " : "     "} ${route}`);
const over = sorted.filter(([, kb]) => kb > LIMIT_KB).length;
console.info(
  `Every page loads the ${sharedKb} kB of rootMainFiles (React, the router); ${over} of ${sorted.length} pages over ${LIMIT_KB} kB.`,
);
console.info(JSON.stringify(Object.fromEntries(Object.entries(weights).sort())));
