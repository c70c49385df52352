import { describe, expect, it } from "vitest";
import { classifyWebhook, normalizeUrl } from "./webhook-health";

const OURS = ["https://switchboard.example.com/api/webhooks/twilio/k3y", "https://eu.switchboard.example.com/api/webhooks/twilio/k3y"];
const AP = `AP${"0".repeat(32)}`;
const MG = `MG${"1".repeat(32)}`;
const number = (smsUrl: string | null, smsMethod: string | null = "POST", smsApplicationSid: string | null = null) => ({
  smsUrl,
  smsMethod,
  smsApplicationSid,
});

describe("classifyWebhook", () => {
  it("is OK for any of our URLs with POST, or with no method (Twilio's default is POST)", () => {
    expect(classifyWebhook(number(OURS[0] ?? ""), OURS)).toBe("OK");
    expect(classifyWebhook(number(OURS[1] ?? ""), OURS)).toBe("OK");
    expect(classifyWebhook(number(OURS[0] ?? "", null), OURS)).toBe("OK");
    expect(classifyWebhook(number(OURS[0] ?? "", "post"), OURS)).toBe("OK");
  });

  it("ignores scheme and host case, a default port and one trailing slash", () => {
    expect(classifyWebhook(number("HTTPS://Switchboard.Example.COM/api/webhooks/twilio/k3y/"), OURS)).toBe("OK");
    expect(classifyWebhook(number("https://switchboard.example.com:443/api/webhooks/twilio/k3y"), OURS)).toBe("OK");
    expect(classifyWebhook(number(" https://switchboard.example.com/api/webhooks/twilio/k3y "), OURS)).toBe("OK");
  });

  it("treats a different path case, callback key, host, scheme or query string as pointing elsewhere", () => {
    for (const url of [
      "https://switchboard.example.com/api/webhooks/twilio/K3Y",
      "https://switchboard.example.com/api/webhooks/twilio/other",
      "https://attacker.example.com/api/webhooks/twilio/k3y",
      "http://switchboard.example.com/api/webhooks/twilio/k3y",
      "https://switchboard.example.com/api/webhooks/twilio/k3y?x=1",
      "https://demo.twilio.com/welcome/sms/reply",
      "not a url",
    ]) {
      expect(classifyWebhook(number(url), OURS), url).toBe("POINTS_ELSEWHERE");
    }
  });

  it("requires the query string to match exactly when our URL has one", () => {
    const withQuery = ["https://switchboard.example.com/api/webhooks/twilio/k3y?region=us"];
    expect(classifyWebhook(number("https://switchboard.example.com/api/webhooks/twilio/k3y?region=us"), withQuery)).toBe("OK");
    expect(classifyWebhook(number("https://switchboard.example.com/api/webhooks/twilio/k3y"), withQuery)).toBe("POINTS_ELSEWHERE");
    expect(classifyWebhook(number("https://switchboard.example.com/api/webhooks/twilio/k3y?region=eu"), withQuery)).toBe(
      "POINTS_ELSEWHERE",
    );
  });

  it("reports no webhook for Twilio's empty or null sms_url", () => {
    expect(classifyWebhook(number(null), OURS)).toBe("NO_WEBHOOK");
    expect(classifyWebhook(number(""), OURS)).toBe("NO_WEBHOOK");
    expect(classifyWebhook(number("  "), OURS)).toBe("NO_WEBHOOK");
  });

  it("reports GET on our URL as the wrong method, but a foreign URL first as elsewhere", () => {
    expect(classifyWebhook(number(OURS[0] ?? "", "GET"), OURS)).toBe("WRONG_METHOD");
    expect(classifyWebhook(number("https://other.example.com/sms", "GET"), OURS)).toBe("POINTS_ELSEWHERE");
  });

  it("puts an application SID first, since Twilio then ignores sms_url", () => {
    expect(classifyWebhook(number(OURS[0] ?? "", "POST", AP), OURS)).toBe("APPLICATION_OVERRIDE");
    expect(classifyWebhook(number(null, null, AP), OURS)).toBe("APPLICATION_OVERRIDE");
    expect(classifyWebhook(number(OURS[0] ?? "", "POST", MG), OURS)).toBe("MESSAGING_SERVICE");
    expect(classifyWebhook(number("https://other.example.com/sms", "GET", MG), OURS)).toBe("MESSAGING_SERVICE");
    expect(classifyWebhook(number(OURS[0] ?? "", "POST", ""), OURS)).toBe("OK");
  });

  it("never matches when we have no URLs", () => {
    expect(classifyWebhook(number(OURS[0] ?? ""), [])).toBe("POINTS_ELSEWHERE");
  });
});

describe("normalizeUrl", () => {
  it("keeps what Twilio signs and drops what it doesn't", () => {
    expect(normalizeUrl("HTTPS://A.example.com:443/Path/?q=1#frag")).toBe("https://a.example.com/Path?q=1");
    expect(normalizeUrl("http://a.example.com:8080/")).toBe("http://a.example.com:8080");
    expect(normalizeUrl("https://a.example.com")).toBe("https://a.example.com");
  });
});
