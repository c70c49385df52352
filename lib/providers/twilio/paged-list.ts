// Reads every page of a list on Twilio's newer APIs (content.twilio.com, messaging.twilio.com), which
// page with `PageToken` and say where the next page is in `meta.next_page_url`. Pure (no "server-only"),
// tested against real local HTTP servers. Credentials only ever go to the configured origin: the next
// page's path and query are taken from next_page_url and joined to our own base URL, so a response
// can't send the Auth Token to another host (and the e2e fake serves every page on loopback).
import { z } from "zod";
import { joinUrl, requestProvider, type FetchImpl } from "@/lib/providers/types";
import { classifyTwilioError, type TwilioFailure } from "./client";

export type TwilioListConnection = {
  accountSid: string;
  authToken: string;
  baseUrl: string;
  timeoutMs?: number;
  fetchImpl?: FetchImpl;
};

/** `complete` is false when the list was longer than maxPages: callers must not treat what is missing as gone. */
export type TwilioListResult<T> = { ok: true; items: T[]; complete: boolean; pages: number } | TwilioFailure;

const metaSchema = z.object({ next_page_url: z.string().nullish() });

/**
 * GETs `path` with `query`, then each next_page_url, collecting `key` of every page. Items that don't
 * match `itemSchema` fail the whole read (unexpectedResponse): half a list would look like deletions.
 */
export async function listAllPages<T>(
  connection: TwilioListConnection,
  {
    path,
    query,
    key,
    itemSchema,
    maxPages = 50,
  }: { path: string; query: URLSearchParams; key: string; itemSchema: z.ZodType<T>; maxPages?: number },
): Promise<TwilioListResult<T>> {
  const { accountSid, authToken, baseUrl, timeoutMs = 10_000, fetchImpl = fetch } = connection;
  const pageSchema = z.object({ items: z.array(itemSchema), meta: metaSchema.nullish() });
  const headers = {
    Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`, "utf8").toString("base64")}`,
    Accept: "application/json",
  };
  const items: T[] = [];
  let next: string | null = `${path}?${query.toString()}`;
  let pages = 0;
  while (next !== null) {
    if (pages >= maxPages) return { ok: true, items, complete: false, pages };
    const response = await requestProvider({ url: joinUrl(baseUrl, next), init: { method: "GET", headers }, timeoutMs, fetchImpl });
    if (response.kind !== "response") {
      return { ok: false, reason: response.kind, field: null, httpStatus: null, providerCode: null };
    }
    if (response.status !== 200) return classifyTwilioError(response.status, response.body);
    const body = response.body as Record<string, unknown> | null;
    const parsed = pageSchema.safeParse(body && typeof body === "object" ? { items: body[key], meta: body.meta } : null);
    if (!parsed.success) return { ok: false, reason: "unexpectedResponse", field: null, httpStatus: 200, providerCode: null };
    pages += 1;
    items.push(...parsed.data.items);
    const nextUrl = parsed.data.meta?.next_page_url ?? null;
    next = nextUrl ? nextPagePath(nextUrl, path) : null;
    // A next page we can't follow: stopping here would pass off part of the list as all of it.
    if (nextUrl && next === null) return { ok: false, reason: "unexpectedResponse", field: null, httpStatus: 200, providerCode: null };
  }
  return { ok: true, items, complete: true, pages };
}

/** The path + query of next_page_url when it continues the same list; null when it points elsewhere or is no URL. */
export function nextPagePath(nextPageUrl: string, path: string): string | null {
  try {
    const url = new URL(nextPageUrl, "https://twilio.invalid");
    return url.pathname === path ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}
