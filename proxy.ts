// Runs before each page request (Next.js 16 "proxy", formerly middleware): a fresh nonce and the
// Content-Security-Policy that carries it (lib/http/csp.ts; docs/decisions/014-content-security-policy.md).
// Malformed requests are refused earlier, in scripts/serve.mjs, which also sees the route handlers.
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "@/lib/env";
import { contentSecurityPolicy, createNonce } from "@/lib/http/csp";

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy({
    nonce,
    isDev: process.env.NODE_ENV === "development",
    isHttps: getEnv().PUBLIC_BASE_URL.startsWith("https://"),
  });
  // Next.js reads the nonce from the request's policy header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: route handlers (webhooks, JSON, media) render no HTML, and running the proxy on them
      // would make Next.js buffer their bodies. Server-action posts answer with data, not a document.
      source: "/((?!api/|_next/static|_next/image|icon\\.svg|favicon\\.ico).*)",
      missing: [
        { type: "header", key: "next-action" },
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
