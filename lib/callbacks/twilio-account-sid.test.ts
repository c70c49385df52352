import { describe, expect, it } from "vitest";
import { isOwnTwilioAccountSid } from "./twilio-account-sid";

const OWN = "AC0123456789abcdef0123456789abcdef";

describe("isOwnTwilioAccountSid", () => {
  it("accepts the account's own SID", () => {
    expect(isOwnTwilioAccountSid({ AccountSid: OWN, MessageSid: "SM1" }, OWN)).toBe(true);
  });

  it("refuses another account's SID, a missing one and a repeated one", () => {
    expect(isOwnTwilioAccountSid({ AccountSid: "ACffffffffffffffffffffffffffffffff" }, OWN)).toBe(false);
    expect(isOwnTwilioAccountSid({ MessageSid: "SM1" }, OWN)).toBe(false);
    expect(isOwnTwilioAccountSid({ AccountSid: [OWN, "ACffffffffffffffffffffffffffffffff"] }, OWN)).toBe(false);
  });

  it("compares exactly: SIDs differ in case only when they are different SIDs", () => {
    expect(isOwnTwilioAccountSid({ AccountSid: OWN.toUpperCase() }, OWN)).toBe(false);
  });

  it("has nothing to compare with when the account stores no SID", () => {
    expect(isOwnTwilioAccountSid({ AccountSid: "ACffffffffffffffffffffffffffffffff" }, null)).toBe(true);
  });
});
