// One signed POST to a workstream's bot (decision 028) — an outside HTTP service, so it lives with the
// providers: JSON body, the signature headers, a hard timeout, no redirects (a redirect would carry the
// customer's words somewhere the administrator didn't name), and the answer read only up to its size
// limit before it is parsed.
import "server-only";
import { MAX_BOT_ANSWER_BYTES, parseBotAnswer, type BotAnswer, type BotRequest } from "@/lib/bots/protocol";
import { signBotRequest } from "@/lib/bots/signature";

/** How long the bot has to answer one request. */
export const BOT_TIMEOUT_MS = 10_000;

export type BotFailure = "timeout" | "unreachable" | "httpStatus" | "tooLarge" | "notJson" | "invalid";
export type BotCallOutcome = { ok: true; answer: BotAnswer } | { ok: false; failure: BotFailure; detail?: string };

export async function callBot(options: {
  endpoint: string;
  secret: string;
  request: BotRequest;
  now?: Date;
  timeoutMs?: number;
}): Promise<BotCallOutcome> {
  const body = JSON.stringify(options.request);
  const signal = AbortSignal.timeout(options.timeoutMs ?? BOT_TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(options.endpoint, {
      method: "POST",
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        Accept: "application/json",
        "User-Agent": "Switchboard-Bot/1",
        ...signBotRequest({ secret: options.secret, body, now: options.now ?? new Date() }),
      },
      body,
      redirect: "error",
      signal,
    });
  } catch (error) {
    return { ok: false, failure: signal.aborted ? "timeout" : "unreachable", detail: error instanceof Error ? error.name : undefined };
  }
  try {
    if (!response.ok) {
      await response.body?.cancel();
      return { ok: false, failure: "httpStatus", detail: String(response.status) };
    }
    const answerBody = await readLimited(response, MAX_BOT_ANSWER_BYTES + 1);
    const parsed = parseBotAnswer(answerBody);
    return parsed.ok ? { ok: true, answer: parsed.answer } : { ok: false, failure: parsed.problem, detail: parsed.detail };
  } catch {
    // The body stopped arriving: the timeout fired while reading, or the connection broke.
    return { ok: false, failure: signal.aborted ? "timeout" : "unreachable" };
  }
}

/** At most `limit` bytes of the body; the rest is not downloaded. */
async function readLimited(response: Response, limit: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < limit) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  if (size >= limit) await reader.cancel();
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}
