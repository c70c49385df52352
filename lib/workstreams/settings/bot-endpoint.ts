// Where a workstream's bot receives conversations (SPEC §2: an optional bot that gets the conversation
// first). Conversations carry customers' numbers and words, so the address must be HTTPS; plain HTTP is
// tolerated only on this machine, for a bot under development.
export const BOT_ENDPOINT_MAX_LENGTH = 2000;

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1"]);

export type BotEndpointProblem = "required" | "tooLong" | "format" | "https" | "credentials";

/** The first thing wrong with an endpoint URL (already trimmed), or null when it can be saved. */
export function checkBotEndpoint(endpoint: string): BotEndpointProblem | null {
  if (endpoint === "") return "required";
  if (endpoint.length > BOT_ENDPOINT_MAX_LENGTH) return "tooLong";
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(endpoint)?.[1]?.toLowerCase();
  if (!scheme) return "format";
  if (scheme !== "https" && scheme !== "http") return "https";
  // WHATWG URLs forgive "https:bot.example.com" and inner spaces; an admin pasting that meant something else.
  if (!/^https?:\/\/[^/?#\s]/i.test(endpoint) || /\s/.test(endpoint)) return "format";
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return "format";
  }
  if (!url.hostname) return "format";
  if (url.protocol === "http:" && !LOOPBACK_HOSTS.has(url.hostname)) return "https";
  // Credentials in the URL would be shown on the page and written to the audit log.
  if (url.username || url.password) return "credentials";
  return null;
}

/**
 * The endpoint as the audit log may keep it: origin and path. A query string can carry an API key,
 * so it is only said to be there.
 */
export function auditableBotEndpoint(endpoint: string | null): string | null {
  if (!endpoint) return null;
  try {
    const url = new URL(endpoint);
    return `${url.origin}${url.pathname}${url.search ? "?…" : ""}`;
  } catch {
    return "[unreadable URL]";
  }
}
