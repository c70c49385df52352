// Thrown when input passes the action's own schema but fails a rule that needs server context
// (e.g. a number's format depends on its account's channel); becomes field errors like zod's.
import type { z } from "zod";

export class InvalidInputError extends Error {
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super("invalid input");
    this.name = "InvalidInputError";
  }
}

/** Parses with a schema chosen at run time; throws InvalidInputError on failure. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues);
  return parsed.data;
}
