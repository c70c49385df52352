// instrumentation-client.ts configures zod without importing it (decision 027): this fails when zod
// stops reading its configuration from globalThis.__zod_globalConfig.
import { expect, test } from "vitest";

test("zod loaded after instrumentation-client parses without eval (jitless)", async () => {
  await import("./instrumentation-client");
  const { z } = await import("zod");
  expect(z.config().jitless).toBe(true);
  const schema = z.object({ name: z.string() });
  const Original = globalThis.Function;
  globalThis.Function = new Proxy(Original, {
    construct() {
      throw new EvalError("eval is forbidden by the Content-Security-Policy");
    },
  });
  try {
    expect(schema.parse({ name: "Ada" })).toEqual({ name: "Ada" });
    expect(schema.safeParse({ name: 1 }).success).toBe(false);
  } finally {
    globalThis.Function = Original;
  }
});
