import { z } from "zod";

// Any origin works: only "does it stay on this origin?" matters. `.invalid` can never resolve.
const APP_ORIGIN = "https://switchboard.invalid";
// Browsers drop tabs and newlines inside URLs and read "\" as "/", so "/\t/evil.example" or "/\evil"
// become "//evil.example" — another origin. CR/LF/NUL would also break the Location header (a 500).
// eslint-disable-next-line no-control-regex -- control characters are what this rejects
const UNSAFE_CHARACTER = /[\u0000-\u001f\u007f-\u009f\\]/;

/**
 * A path on this app to return to after sign-in, normalised (non-ASCII percent-encoded), or undefined
 * for anything that could leave the origin or is not a plain path.
 */
export function toSafeRedirectPath(value: string): string | undefined {
  if (value.length > 2000 || UNSAFE_CHARACTER.test(value)) return undefined;
  if (!value.startsWith("/") || value.startsWith("//")) return undefined;
  let url: URL;
  try {
    url = new URL(value, APP_ORIGIN);
  } catch {
    return undefined;
  }
  if (url.origin !== APP_ORIGIN || !url.pathname.startsWith("/") || url.pathname.startsWith("//")) return undefined;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `next` as it arrives (query string or form): a safe path, or undefined. Never fails. */
export const safeRedirectPath = z
  .string()
  .transform((value) => toSafeRedirectPath(value))
  .catch(undefined);
