// Thrown by server code for an expected failure; the action wrapper turns it into a typed result.
// `messageKey` is a catalog key (under "errors." or "validation."), never a raw message.
import type { ActionErrorCode } from "./result";

type Values = Record<string, string | number>;

export class ActionError extends Error {
  constructor(
    readonly code: Exclude<ActionErrorCode, "unexpected">,
    readonly messageKey: string,
    readonly options: { field?: string; values?: Values } = {},
  ) {
    super(messageKey);
    this.name = "ActionError";
  }
}
