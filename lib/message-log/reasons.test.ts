import { describe, expect, it } from "vitest";
import { consentStatusOf, excerpt, failureReasonKeys, FAILURE_REASONS, knownConsentSource, knownHeldReason, knownOutcome } from "./reasons";

describe("failureReasonKeys", () => {
  it("words signature and credential problems per provider", () => {
    expect(failureReasonKeys("invalidSignature", "TWILIO")).toEqual({
      label: "invalidSignature.label",
      hint: "invalidSignature.hint.twilio",
    });
    expect(failureReasonKeys("invalidSignature", "TELESIGN")).toEqual({
      label: "invalidSignature.label",
      hint: "invalidSignature.hint.telesign",
    });
    expect(failureReasonKeys("missingCredentials", "TELESIGN")?.hint).toBe("missingCredentials.hint.telesign");
    expect(failureReasonKeys("malformedBody", "TWILIO")?.hint).toBe("malformedBody.hint.twilio");
  });

  it("uses one hint for reasons that don't depend on the provider", () => {
    expect(failureReasonKeys("unknownCallbackKey", "TELESIGN")).toEqual({
      label: "unknownCallbackKey.label",
      hint: "unknownCallbackKey.hint.any",
    });
    expect(failureReasonKeys("processingFailed", "TWILIO")?.hint).toBe("processingFailed.hint.any");
  });

  it("knows every reason the webhooks record, and nothing else", () => {
    for (const reason of FAILURE_REASONS) expect(failureReasonKeys(reason, "TWILIO")).not.toBeNull();
    expect(failureReasonKeys("somethingNew", "TWILIO")).toBeNull();
    expect(failureReasonKeys("toString", "TWILIO")).toBeNull();
  });
});

describe("known codes", () => {
  it("recognises hold reasons, outcomes and consent sources", () => {
    expect(knownHeldReason("noWorkstream")).toBe("noWorkstream");
    expect(knownHeldReason("routingUnavailable")).toBe("routingUnavailable");
    expect(knownHeldReason("other")).toBeNull();
    expect(knownOutcome("accepted")).toBe("accepted");
    expect(knownOutcome("ACCEPTED")).toBeNull();
    expect(knownConsentSource("twilio21610")).toBe("twilio21610");
    expect(knownConsentSource("email")).toBeNull();
  });

  it("maps stored consent states to the URL's words", () => {
    expect(consentStatusOf("OPTED_OUT")).toBe("optedOut");
    expect(consentStatusOf("OPTED_IN")).toBe("optedIn");
    expect(consentStatusOf("optedOut")).toBeNull();
  });
});

describe("excerpt", () => {
  it("keeps short text, collapsing whitespace", () => {
    expect(excerpt("  Are you\n open   today? ")).toBe("Are you open today?");
    expect(excerpt(null)).toBeNull();
    expect(excerpt("")).toBeNull();
  });

  it("cuts long text at a word, within the limit", () => {
    const text = "word ".repeat(60);
    const cut = excerpt(text, 50)!;
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("word…")).toBe(true);
  });

  it("cuts text without spaces mid-word", () => {
    expect(excerpt("x".repeat(200), 20)).toBe(`${"x".repeat(19)}…`);
  });
});
