import { describe, expect, it } from "vitest";
import { normalizeAddress, parseProxyEntry, resolveClientAddress, trustedProxyMatcher } from "./client-address";

describe("normalizeAddress", () => {
  it("reads IPv4, IPv6, mapped IPv4 and addresses with ports", () => {
    expect(normalizeAddress(" 192.0.2.1 ")).toBe("192.0.2.1");
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:8443")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
  });

  it("refuses anything else", () => {
    for (const value of ["", "unknown", "evil.example", "192.0.2.300", "1.2.3.4, 5.6.7.8"]) expect(normalizeAddress(value)).toBeNull();
  });
});

describe("parseProxyEntry", () => {
  it("accepts addresses and CIDR blocks", () => {
    expect(parseProxyEntry("10.0.0.0/8")).toEqual({ address: "10.0.0.0", prefix: 8, family: 4 });
    expect(parseProxyEntry("::1")).toEqual({ address: "::1", prefix: null, family: 6 });
    expect(parseProxyEntry("fd00::/8")).toEqual({ address: "fd00::", prefix: 8, family: 6 });
  });

  it("refuses bad prefixes and names", () => {
    for (const value of ["10.0.0.0/33", "10.0.0.0/x", "::/129", "proxy.internal", "10.0.0.0/8/8"])
      expect(parseProxyEntry(value)).toBeNull();
  });
});

describe("resolveClientAddress", () => {
  const isTrusted = trustedProxyMatcher(["10.0.0.0/8", "127.0.0.1"]);
  const nobody = trustedProxyMatcher([]);

  it("uses the socket peer and ignores X-Forwarded-For when no proxy is trusted (the default)", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.9", isTrusted: nobody })).toBe("198.51.100.7");
    expect(resolveClientAddress({ peer: "::ffff:127.0.0.1", forwardedFor: "203.0.113.9", isTrusted: nobody })).toBe("127.0.0.1");
  });

  it("ignores X-Forwarded-For from a peer that is not a trusted proxy", () => {
    expect(resolveClientAddress({ peer: "198.51.100.7", forwardedFor: "203.0.113.9", isTrusted })).toBe("198.51.100.7");
  });

  it("takes the right-most untrusted entry behind trusted proxies, whatever the client put in front", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9", isTrusted })).toBe("203.0.113.9");
    // The client forged "1.1.1.1"; the trusted proxy appended the real address.
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "1.1.1.1, 203.0.113.9", isTrusted })).toBe("203.0.113.9");
    // Two trusted proxies in a row.
    expect(resolveClientAddress({ peer: "10.1.1.1", forwardedFor: "1.1.1.1, 203.0.113.9, 10.2.2.2", isTrusted })).toBe("203.0.113.9");
  });

  it("stops at an entry that is not an address", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "203.0.113.9, garbage", isTrusted })).toBe("127.0.0.1");
  });

  it("falls back to the left-most trusted hop when every entry is a trusted proxy", () => {
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: "10.9.9.9", isTrusted })).toBe("10.9.9.9");
    expect(resolveClientAddress({ peer: "127.0.0.1", forwardedFor: null, isTrusted })).toBe("127.0.0.1");
  });

  it("knows nothing without a peer", () => {
    expect(resolveClientAddress({ peer: null, forwardedFor: "203.0.113.9", isTrusted })).toBeNull();
  });
});
