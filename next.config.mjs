import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  experimental: {
    // forbidden() renders app/forbidden.tsx with a real 403 status.
    authInterrupts: true,
    // An agent's reply carries its files as base64 (lib/messaging/conversations.schema.ts:
    // MAX_TOTAL_ATTACHMENT_MB = 25 MB of files ≈ 34 MB of base64), above the 1 MB default.
    serverActions: { bodySizeLimit: "40mb" },
  },
  // Native and WASM packages must be loaded by Node, not bundled.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
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
  typescript: { ignoreBuildErrors: false },
};

export default withNextIntl(nextConfig);
