import { describe, expect, it } from "vitest";
import {
  accountSidSchema,
  apiKeySchema,
  authTokenSchema,
  checkAccountSid,
  checkApiKey,
  checkAuthToken,
  checkCustomerId,
  customerIdSchema,
  optionalSecretSchema,
} from "./credential-format";

const SID = "AC" + "0123456789abcdef".repeat(2);
const TOKEN = "0123456789abcdef0123456789ABCDEF";
const CUSTOMER_ID = "FFFFFFFF-EEEE-DDDD-1234-AB1234567890"; // TeleSign SDK test vector
// 64 random bytes, the length TeleSign issues.
const API_KEY = Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 11) % 256)).toString("base64");

describe("outer whitespace and inner spaces", () => {
  it.each([" \t" + SID + "\n", "\u00A0" + SID, "\u200B" + SID + "\uFEFF", "\u2060" + SID + "\r\n"])(
    "trims copied whitespace silently (%j)",
    (raw) => expect(checkAccountSid(raw)).toEqual({ ok: true, value: SID }),
  );

  it.each(["", "   ", "\u200B\u00A0"])("empty after trimming is required (%j)", (raw) => {
    expect(checkAuthToken(raw)).toEqual({ ok: false, problem: "required" });
  });

  it("flags whitespace inside the value before the format", () => {
    expect(checkAccountSid(SID.slice(0, 10) + " " + SID.slice(10))).toEqual({ ok: false, problem: "innerSpaces" });
    expect(checkAuthToken(TOKEN.slice(0, 16) + "\u200B" + TOKEN.slice(16))).toEqual({ ok: false, problem: "innerSpaces" });
    expect(checkApiKey(API_KEY.slice(0, 40) + "\n" + API_KEY.slice(40))).toEqual({ ok: false, problem: "innerSpaces" });
    expect(checkCustomerId("not a guid")).toEqual({ ok: false, problem: "innerSpaces" });
  });
});

describe("checkAccountSid", () => {
  it.each([SID, "AC" + "ABCDEF0123456789".repeat(2)])("accepts %s", (raw) => expect(checkAccountSid(raw).ok).toBe(true));
  it.each([
    "ac" + SID.slice(2), // lowercase prefix
    "SK" + SID.slice(2), // an API key SID, not an account
    SID.slice(0, -1),
    SID + "0",
    SID.slice(0, -1) + "g",
    TOKEN,
  ])("refuses %s", (raw) => expect(checkAccountSid(raw)).toEqual({ ok: false, problem: "accountSidFormat" }));
});

describe("checkAuthToken", () => {
  it("accepts 32 hex characters and keeps their case", () => {
    expect(checkAuthToken(TOKEN)).toEqual({ ok: true, value: TOKEN });
  });
  it.each([TOKEN.slice(0, -1), TOKEN + "a", TOKEN.slice(0, -1) + "z", SID])("refuses %s", (raw) => {
    expect(checkAuthToken(raw)).toEqual({ ok: false, problem: "authTokenFormat" });
  });
});

describe("checkCustomerId", () => {
  it.each([CUSTOMER_ID, CUSTOMER_ID.toLowerCase(), "123e4567-e89b-12d3-a456-426614174000"])("accepts %s as typed", (raw) => {
    expect(checkCustomerId(raw)).toEqual({ ok: true, value: raw });
  });
  it("accepts one pair of braces and removes it", () => {
    expect(checkCustomerId(` {${CUSTOMER_ID}} `)).toEqual({ ok: true, value: CUSTOMER_ID });
  });
  it.each([
    "yourCustomerId",
    CUSTOMER_ID.replaceAll("-", ""),
    CUSTOMER_ID.slice(0, -1),
    CUSTOMER_ID.replace("F", "G"),
    `{${CUSTOMER_ID}`,
    `{{${CUSTOMER_ID}}}`,
  ])("refuses %s", (raw) => expect(checkCustomerId(raw)).toEqual({ ok: false, problem: "customerIdFormat" }));
});

describe("checkApiKey", () => {
  it("accepts a 64-byte standard base64 key", () => {
    expect(API_KEY).toHaveLength(88);
    expect(checkApiKey(`  ${API_KEY}\n`)).toEqual({ ok: true, value: API_KEY });
  });
  it.each(["AAAAAAAAAAAAAAAAAAAAAA==", "AAAAAAAAAAAAAAAAAAAAAAA=", "AAAAAAAAAAAAAAAAAAAAAAAA"])(
    "accepts 16–18 bytes with correct padding (%s)",
    (raw) => expect(checkApiKey(raw).ok).toBe(true),
  );
  it.each([
    [
      "python_telesign's test key with base64url '-'",
      "EXAMPLE----TE8sTgg45yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==",
    ],
    ["base64url alphabet", API_KEY.replaceAll("+", "-").replaceAll("/", "_").replace(/^./, "_")],
    ["missing padding", "AAAAAAAAAAAAAAAAAAAAAA"],
    ["too much padding", "AAAAAAAAAAAAAAAAAAAAAA==="],
    ["padding in the middle", "AAAA=AAAAAAAAAAAAAAAAAA="],
    ["decodes to under 16 bytes (SDK vector 'Test Key')", "VGVzdCBLZXk="],
    ["not base64 at all", "my-api-key!"],
  ])("refuses %s", (_, raw) => expect(checkApiKey(raw)).toEqual({ ok: false, problem: "apiKeyFormat" }));
});

describe("zod schemas", () => {
  it("output the trimmed value", () => {
    expect(accountSidSchema.parse(` ${SID} `)).toBe(SID);
    expect(authTokenSchema.parse(`${TOKEN}\u200B`)).toBe(TOKEN);
    expect(customerIdSchema.parse(`{${CUSTOMER_ID}}`)).toBe(CUSTOMER_ID);
    expect(apiKeySchema.parse(API_KEY)).toBe(API_KEY);
  });

  it.each([
    [accountSidSchema, "", "validation.credentials.required"],
    [accountSidSchema, "AC 123", "validation.credentials.innerSpaces"],
    [accountSidSchema, "AC123", "validation.credentials.accountSidFormat"],
    [authTokenSchema, "abc", "validation.credentials.authTokenFormat"],
    [customerIdSchema, "abc", "validation.credentials.customerIdFormat"],
    [apiKeySchema, "abc", "validation.credentials.apiKeyFormat"],
  ] as const)("emit the catalog key as the issue message (%#)", (schema, raw, message) => {
    const result = schema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  it("optionalSecretSchema keeps the current secret when left empty", () => {
    const schema = optionalSecretSchema(authTokenSchema);
    expect(schema.parse("")).toBeUndefined();
    expect(schema.parse("  \u200B")).toBeUndefined();
    expect(schema.parse(undefined)).toBeUndefined();
    expect(schema.parse(` ${TOKEN} `)).toBe(TOKEN);
    expect(schema.safeParse("nope").error?.issues[0]?.message).toBe("validation.credentials.authTokenFormat");
  });
});
