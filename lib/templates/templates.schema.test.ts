import { describe, expect, it } from "vitest";
import { templateFormSchema } from "./templates.schema";

const valid = {
  accountId: "acc1",
  name: "order_update",
  language: "en",
  body: "Your order {{1}} has shipped.",
  examples: { "1": "#1234" },
};
const issues = (input: unknown) =>
  templateFormSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("templateFormSchema", () => {
  it("refuses a huge name or body as too long, before the lint looks at it", () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, body: `{{1}} ${"{".repeat(100_000)}` })).toEqual([["body", "validation.templates.bodyTooLong"]]);
    expect(issues({ ...valid, name: "a".repeat(100_000) })).toEqual([["name", "validation.templates.nameTooLong"]]);
  });
});
