import createNextIntlPlugin from "next-intl/plugin";
import { SERVER_ACTION_BODY_LIMIT_MB } from "./lib/http/body-limits.mjs";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  // The catalogs are compiled at build time, so pages don't ship the ICU message parser
  // (intl-messageformat, ~8 kB gzip on every page: decision 036).
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

// The workstream page's tabs other than the overview (lib/workstreams/tabs.ts; a unit test keeps the two
// lists equal). Each is a route of its own, app/(app)/workstreams/[id]/<tab>/page.tsx, so a tab's first load
// carries only its own code (decision 039); the rewrites keep the URL the tabs always had, `?tab=<tab>`.
export const WORKSTREAM_TAB_ROUTES = ["distribution", "routing", "messages", "bot", "advanced"];

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // Sized to the largest legitimate action body, an agent's reply with attachments as base64
    // (lib/http/body-limits.mjs); proxy.ts answers 413 above it, and above 1 MB without a session.
    serverActions: { bodySizeLimit: `${SERVER_ACTION_BODY_LIMIT_MB}mb` },
    // Turbopack's on-disk build cache costs 15–60 s of writing on the first build (a fresh clone's first
    // `npm start`) and only speeds up later rebuilds (decision 027).
    turbopackFileSystemCacheForBuild: false,
  },
  // Native and WASM packages must be loaded by Node, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg", "pg-boss"],
  poweredByHeader: false,
  async rewrites() {
    return {
      beforeFiles: WORKSTREAM_TAB_ROUTES.map((tab) => ({
        source: "/workstreams/:id",
        has: [{ type: "query", key: "tab", value: tab }],
        destination: `/workstreams/:id/${tab}`,
      })),
    };
  },
  async redirects() {
    // A common guess for the sign-in page (issue 10 #30).
    return [{ source: "/login", destination: "/sign-in", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
  // `npm run typecheck` (the first step of `npm test` and CI) checks types; checking them again inside
  // every build cost ~1 min of a fresh clone's first `npm start` (decision 027).
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
