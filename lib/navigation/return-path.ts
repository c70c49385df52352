// "Come back here afterwards" links (`?returnTo=`): only a path on this site is ever followed.

const BASE = "http://switchboard.invalid";

/**
 * The same-origin path (with query and hash) to return to, or null. Browsers drop tabs and newlines
 * from URLs and read "\" as "/", so "/\t/evil.example" or "/\evil.example" would leave the site: any
 * control character, whitespace or backslash refuses the value, as does anything not starting with a
 * single "/".
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 2000) return null;
  if (!value.startsWith("/") || value.startsWith("//")) return null;
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  if (/[\u0000-\u0020\u007F-\u009F\\]/.test(value)) return null;
  try {
    const url = new URL(value, BASE);
    return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : null;
  } catch {
    return null;
  }
}

/** `path` with one query parameter set, keeping its other parameters and hash. */
export function withSearchParam(path: string, name: string, value: string): string {
  const url = new URL(path, BASE);
  url.searchParams.set(name, value);
  return `${url.pathname}${url.search}${url.hash}`;
}
