import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkFields, parseFields, serverFieldErrors } from "./check-field";

const schema = z.object({
  name: z.string().trim().min(1, "validation.required").max(5, "validation.tooLong"),
  queueId: z.string().min(1, "validation.workstreams.queueRequired"),
});

describe("checkFields", () => {
  it("gives each invalid field its first issue, as a catalog key", async () => {
    expect(await checkFields(async () => schema, { name: " ", queueId: "" })).toEqual({
      name: { type: "validation", message: "validation.required" },
      queueId: { type: "validation", message: "validation.workstreams.queueRequired" },
    });
    expect(await checkFields(async () => schema, { name: "toolong", queueId: "q1" })).toEqual({
      name: { type: "validation", message: "validation.tooLong" },
    });
  });

  it("is empty when the values pass", async () => {
    expect(await checkFields(async () => schema, { name: "Sales", queueId: "q1" })).toEqual({});
  });

  it("gives the schema's output (trimmed, coerced) to send when the values pass", async () => {
    const withNumber = schema.extend({ minutes: z.coerce.number().int().min(1, "validation.atLeastOne") });
    expect(await parseFields(async () => withNumber, { name: " Sales ", queueId: "q1", minutes: "30" })).toEqual({
      data: { name: "Sales", queueId: "q1", minutes: 30 },
    });
    expect(await parseFields(async () => withNumber, { name: "Sales", queueId: "q1", minutes: "0" })).toEqual({
      errors: { minutes: { type: "validation", message: "validation.atLeastOne" } },
    });
  });

  it("turns an action's (translated) field errors into server errors", () => {
    expect(serverFieldErrors({ body: "Too long." })).toEqual({ body: { type: "server", message: "Too long." } });
    expect(serverFieldErrors(undefined)).toEqual({});
  });
});
