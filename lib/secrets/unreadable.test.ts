import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyId, sealSecret } from "./cipher";
import { findUnreadableSecrets, secretStatus, unreadableSecretWarning } from "./unreadable";

const original = randomBytes(32);
const other = randomBytes(32);
const fields = ["twilioAuthToken", "telesignApiKey"];
const token = "0123456789abcdef0123456789abcdef";

describe("stored secrets the configured keys can't open", () => {
  const rows = [
    { id: "acc1", label: "Sealed with the original key", values: { twilioAuthToken: sealSecret(token, [original]), telesignApiKey: null } },
    { id: "acc2", label: "Readable", values: { twilioAuthToken: sealSecret(token, [other]), telesignApiKey: null } },
    { id: "acc3", label: "Draft without secrets", values: { twilioAuthToken: null, telesignApiKey: "" } },
    { id: "acc4", label: "Stored before encryption", values: { twilioAuthToken: null, telesignApiKey: "plain-api-key" } },
  ];

  it("names each record and field sealed with a key that isn't configured", () => {
    const found = findUnreadableSecrets("MessagingAccount", rows, fields, [other]);
    expect(found).toEqual([
      {
        model: "MessagingAccount",
        id: "acc1",
        label: "Sealed with the original key",
        stored: ["twilioAuthToken"],
        unreadable: ["twilioAuthToken"],
        unknownKeyIds: [keyId(original)],
      },
    ]);
  });

  it("finds nothing once the original key is back, as the current or a previous key", () => {
    expect(findUnreadableSecrets("MessagingAccount", rows, fields, [original, other])).toEqual([]);
    expect(findUnreadableSecrets("MessagingAccount", rows, fields, [other, original])).toEqual([]);
  });

  it("treats an altered value like a wrong key", () => {
    const sealed = sealSecret(token, [other]);
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith("AA") ? "BB" : "AA"}`;
    expect(secretStatus({ id: "a", label: null, values: { twilioAuthToken: altered } }, fields, [other]).unreadable).toEqual([
      "twilioAuthToken",
    ]);
  });

  it("says what to set, and never the secret", () => {
    const [record] = findUnreadableSecrets("MessagingAccount", rows, fields, [other]);
    const line = unreadableSecretWarning(record!, "account");
    expect(line).toContain('account "Sealed with the original key" (acc1)');
    expect(line).toContain("twilioAuthToken");
    expect(line).toContain("APP_ENCRYPTION_KEY_PREVIOUS");
    expect(line).not.toContain(token);
    expect(line).not.toContain(original.toString("base64"));
  });
});
