import { describe, expect, it } from "vitest";
import { WHATSAPP_WINDOW_MS, whatsappWindow } from "./whatsapp-window";

const at = (iso: string) => new Date(iso);

describe("whatsappWindow", () => {
  it("is 24 hours long", () => {
    expect(WHATSAPP_WINDOW_MS).toBe(86_400_000);
  });

  it("is closed when the customer has never written", () => {
    expect(whatsappWindow(null, at("2026-05-03T12:00:00Z"))).toEqual({ isOpen: false, closesAt: null, remainingMs: 0 });
  });

  it("is closed for an invalid date rather than open forever", () => {
    expect(whatsappWindow(new Date(Number.NaN), at("2026-05-03T12:00:00Z"))).toEqual({ isOpen: false, closesAt: null, remainingMs: 0 });
  });

  it("opens at the inbound message and counts down", () => {
    const inbound = at("2026-05-03T12:00:00Z");
    expect(whatsappWindow(inbound, inbound)).toEqual({
      isOpen: true,
      closesAt: at("2026-05-04T12:00:00Z"),
      remainingMs: WHATSAPP_WINDOW_MS,
    });
    expect(whatsappWindow(inbound, at("2026-05-04T11:00:00Z"))).toEqual({
      isOpen: true,
      closesAt: at("2026-05-04T12:00:00Z"),
      remainingMs: 3_600_000,
    });
  });

  it("is open one millisecond before 24 h and closed at exactly 24 h and after", () => {
    const inbound = at("2026-05-03T12:00:00Z");
    expect(whatsappWindow(inbound, at("2026-05-04T11:59:59.999Z"))).toMatchObject({ isOpen: true, remainingMs: 1 });
    expect(whatsappWindow(inbound, at("2026-05-04T12:00:00Z"))).toEqual({
      isOpen: false,
      closesAt: at("2026-05-04T12:00:00Z"),
      remainingMs: 0,
    });
    expect(whatsappWindow(inbound, at("2026-05-10T00:00:00Z"))).toMatchObject({ isOpen: false, remainingMs: 0 });
  });

  it("counts from the message even when the clock is slightly behind it", () => {
    const inbound = at("2026-05-03T12:00:00Z");
    expect(whatsappWindow(inbound, at("2026-05-03T11:59:59Z")).remainingMs).toBe(WHATSAPP_WINDOW_MS + 1_000);
  });

  it("is 24 elapsed hours across a DST change (Europe/Paris, 29 March 2026 02:00 → 03:00)", () => {
    // 28 March 12:00 in Paris is 11:00 UTC; 24 h later is 29 March 11:00 UTC, which is 13:00 in Paris.
    const inbound = at("2026-03-28T12:00:00+01:00");
    const result = whatsappWindow(inbound, at("2026-03-29T12:59:59+02:00"));
    expect(result.closesAt).toEqual(at("2026-03-29T11:00:00Z"));
    expect(result).toMatchObject({ isOpen: true, remainingMs: 1_000 });
    expect(whatsappWindow(inbound, at("2026-03-29T13:00:00+02:00")).isOpen).toBe(false);
  });
});
