// The pages' Content-Security-Policy: a fresh nonce per request as Next.js documents it (proxy.ts
// sets it; Next.js puts the nonce on its own scripts). See docs/decisions/014-content-security-policy.md.

export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function contentSecurityPolicy({ nonce, isDev, isHttps }: { nonce: string; isDev: boolean; isHttps: boolean }): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts Next.js loads from a nonce-carrying script are trusted; host lists and
    // 'self' are then ignored by browsers, so nothing else runs. React's dev tools need eval in dev only.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Styles: Radix positions popovers and menus with style="" attributes and sonner injects its CSS at
    // run time; neither can carry a nonce (and a nonce here would switch 'unsafe-inline' off).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "media-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
