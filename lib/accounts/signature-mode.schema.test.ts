import { describe, expect, it } from "vitest";
import { updateSignatureModeSchema } from "./accounts.schema";

describe("updateSignatureModeSchema", () => {
  it("accepts the two modes only", () => {
    expect(updateSignatureModeSchema.parse({ accountId: "acc1", signatureMode: "MONITOR" })).toEqual({
      accountId: "acc1",
      signatureMode: "MONITOR",
    });
    expect(updateSignatureModeSchema.safeParse({ accountId: "acc1", signatureMode: "ENFORCE" }).success).toBe(true);
    expect(updateSignatureModeSchema.safeParse({ accountId: "acc1", signatureMode: "monitor" }).success).toBe(false);
    expect(updateSignatureModeSchema.safeParse({ accountId: "", signatureMode: "ENFORCE" }).success).toBe(false);
  });
});
