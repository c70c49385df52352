// What every server action returns. Safe to import from client components.
export type ActionErrorCode = "validation" | "unauthenticated" | "forbidden" | "notFound" | "conflict" | "rateLimited" | "unexpected";

/** Field name → message, already translated into the user's language. */
export type FieldErrors = Record<string, string>;

export type ActionFailure = { ok: false; code: ActionErrorCode; error: string; fieldErrors?: FieldErrors };
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;
