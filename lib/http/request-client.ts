// The client address of a request as Switchboard believes it: the socket peer written by
// scripts/serve.mjs, or, behind a trusted proxy (TRUSTED_PROXIES), the right-most untrusted
// X-Forwarded-For hop. Used by the sign-in throttle and the records of refused callback requests.
import "server-only";
import { getEnv } from "@/lib/env";
import { PEER_HEADER, PEER_HEADER_FLAG, resolveClientAddress, trustedProxyMatcher } from "./client-address";

export function clientAddressOf(headers: Headers): string | null {
  // Under plain `next start` (not scripts/serve.mjs) the peer header could be forged: no address.
  const peer = (globalThis as Record<symbol, unknown>)[PEER_HEADER_FLAG] === true ? headers.get(PEER_HEADER) : null;
  return resolveClientAddress({
    peer,
    forwardedFor: headers.get("x-forwarded-for"),
    isTrusted: trustedProxyMatcher(getEnv().TRUSTED_PROXIES),
  });
}
