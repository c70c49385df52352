// Which address a request came from, for the sign-in throttle. X-Forwarded-For is written by whoever
// sends the request, so it is believed only hop by hop from the right, and only while the hop that
// wrote it is a proxy the operator listed in TRUSTED_PROXIES. See docs/decisions/013-serve-and-client-address.md.
import { BlockList, isIP } from "node:net";

export { PEER_HEADER, PEER_HEADER_FLAG } from "./peer-header.mjs";

/** "::ffff:192.0.2.1" → "192.0.2.1"; "192.0.2.1:443" and "[2001:db8::1]:443" lose the port. */
export function normalizeAddress(value: string): string | null {
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/** One TRUSTED_PROXIES entry: an IP address or a CIDR block. Null when it is neither. */
export function parseProxyEntry(value: string): { address: string; prefix: number | null; family: 4 | 6 } | null {
  const [rawAddress = "", rawPrefix, extra] = value.trim().split("/");
  if (extra !== undefined) return null;
  const address = normalizeAddress(rawAddress);
  if (!address) return null;
  const family = isIP(address) as 4 | 6;
  if (rawPrefix === undefined) return { address, prefix: null, family };
  if (!/^\d{1,3}$/.test(rawPrefix) || Number(rawPrefix) > (family === 4 ? 32 : 128)) return null;
  return { address, prefix: Number(rawPrefix), family };
}

/** A membership test over TRUSTED_PROXIES entries (already validated by lib/env). */
export function trustedProxyMatcher(entries: readonly string[]): (address: string) => boolean {
  if (entries.length === 0) return () => false;
  const list = new BlockList();
  for (const entry of entries) {
    const parsed = parseProxyEntry(entry);
    if (!parsed) continue;
    const type = parsed.family === 4 ? "ipv4" : "ipv6";
    if (parsed.prefix === null) list.addAddress(parsed.address, type);
    else list.addSubnet(parsed.address, parsed.prefix, type);
  }
  return (address) => list.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy — then the right-most
 * X-Forwarded-For entry that is not itself a trusted proxy. Entries left of that were written by the
 * client and are never believed.
 */
export function resolveClientAddress({
  peer,
  forwardedFor,
  isTrusted,
}: {
  peer: string | null;
  forwardedFor: string | null;
  isTrusted: (address: string) => boolean;
}): string | null {
  let address = peer ? normalizeAddress(peer) : null;
  if (!address || !isTrusted(address)) return address;
  const hops = (forwardedFor ?? "").split(",").filter((hop) => hop.trim() !== "");
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalizeAddress(hops[index] ?? "");
    // Not an address: this hop wasn't written by a trusted proxy; the last trusted one is all we know.
    if (!hop) return address;
    address = hop;
    if (!isTrusted(hop)) return hop;
  }
  return address;
}
