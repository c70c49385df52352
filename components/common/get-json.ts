// The browser's GET of the app's own JSON routes (for TanStack Query): no cache, and a failure keeps
// its HTTP status so a screen can tell "signed out" (401) or "gone" (404) from "try again".

export class FetchError extends Error {
  constructor(readonly status: number) {
    super(`request failed with ${status}`);
    this.name = "FetchError";
  }
}

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { cache: "no-store", headers: { Accept: "application/json" } });
  if (!response.ok) throw new FetchError(response.status);
  return (await response.json()) as T;
}

/** Don't retry what can't get better by retrying. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof FetchError && [401, 403, 404].includes(error.status)) return false;
  return failureCount < 2;
}
