// Requests Next.js would answer with a 500 although the client is at fault (issue 10 #8): refused by
// scripts/serve.mjs with the right 4xx before Next.js sees them. Plain JS because serve.mjs runs
// without a compiler; unit-tested in request-guards.test.ts.
import { SESSION_COOKIE_NAME } from "../auth/session-cookie.mjs";
import { ANONYMOUS_ACTION_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_BYTES } from "./body-limits.mjs";

/** @typedef {{ status: 400 | 403 | 411 | 413, reason: string }} Refusal */
/** @typedef {Record<string, string | string[] | undefined>} NodeHeaders */

/** @param {NodeHeaders} headers @param {string} name */
function header(headers, name) {
  const value = headers[name];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** @param {string} path */
function isWellEncoded(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** @param {string} origin */
function originHost(origin) {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Whether Next.js will treat this request as a server action (and decode its body): a POST to a page
 * with a Next-Action header, or with a multipart body (a form posted before hydration).
 * @param {{ method: string, rawPath: string, headers: NodeHeaders }} request
 */
export function isServerActionRequest({ method, rawPath, headers }) {
  if (method !== "POST" || rawPath.startsWith("/api/")) return false;
  return header(headers, "next-action") !== undefined || /^multipart\/form-data/i.test(header(headers, "content-type") ?? "");
}

/**
 * What can be refused from the request line and headers alone.
 * @param {{ method: string, rawPath: string, headers: NodeHeaders }} request
 * @returns {Refusal | null}
 */
export function refuseByHeaders({ method, rawPath, headers }) {
  if (!isWellEncoded(rawPath)) return { status: 400, reason: "invalid percent-encoding in the path" };
  if (!isServerActionRequest({ method, rawPath, headers })) return null;

  // Next.js's own CSRF check (the Origin's host against X-Forwarded-Host or Host), answered as 403
  // instead of 500. Browsers always send Origin on a POST; a request without one is no CSRF risk.
  const origin = header(headers, "origin");
  if (origin !== undefined) {
    const ownHost = (header(headers, "x-forwarded-host")?.split(",")[0] ?? header(headers, "host") ?? "").trim().toLowerCase();
    if (originHost(origin) !== ownHost) return { status: 403, reason: "server action from another origin" };
  }

  // Browsers send action bodies whole, with a Content-Length.
  const declared = header(headers, "content-length");
  if (declared === undefined) return { status: 411, reason: "server action without Content-Length" };
  if (!/^\d{1,15}$/.test(declared.trim())) return { status: 400, reason: "invalid Content-Length" };
  const length = Number(declared);
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: "server action body too large" };
  // Only an agent's reply with attachments needs more, and it always comes with a session cookie
  // (checked for presence only here: the action itself authenticates it).
  const hasSessionCookie = (header(headers, "cookie") ?? "").split(";").some((part) => part.trim().startsWith(`${SESSION_COOKIE_NAME}=`));
  if (length > ANONYMOUS_ACTION_BODY_LIMIT_BYTES && !hasSessionCookie) return { status: 413, reason: "server action body too large" };
  return null;
}

/** @param {string} text */
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server action's body must decode the way React encodes replies: JSON text, or multipart form data
 * whose numbered fields hold JSON. Anything else makes Next.js throw (a 500).
 * @param {{ contentType: string | undefined, body: Buffer, isFetchAction: boolean }} request
 * @returns {Promise<Refusal | null>}
 */
export async function refuseActionBody({ contentType, body, isFetchAction }) {
  const bad = /** @type {Refusal} */ ({ status: 400, reason: "malformed server action body" });
  if (!/^multipart\/form-data/i.test(contentType ?? "")) return isJson(body.toString("utf8")) ? null : bad;
  let form;
  try {
    form = await new Response(body, { headers: { "content-type": /** @type {string} */ (contentType) } }).formData();
  } catch {
    return bad;
  }
  if (!isFetchAction) return null; // a plain form post: Next.js decodes only its own $ACTION_ fields
  for (const [name, value] of form.entries()) {
    if (/^\d+$/.test(name) && typeof value === "string" && !isJson(value)) return bad;
  }
  return null;
}
