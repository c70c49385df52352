// Reads a request body as text without ever holding more than `maxBytes` of it: a declared
// Content-Length over the cap is refused before reading anything, and the stream is counted while it
// is read (Content-Length may lie, or be absent with chunked encoding) and given up past the cap.

/** Callback bodies are small: docs/decisions/015-callback-limits-and-retention.md has the arithmetic. */
export const BODY_LIMITS = {
  twilioWebhook: 64 * 1024,
  telesignWebhook: 64 * 1024,
  ping: 1024,
} as const;

export type BodyResult = { ok: true; text: string } | { ok: false; reason: "tooLarge" };

export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<BodyResult> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared.trim()) > maxBytes) return { ok: false, reason: "tooLarge" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      void discardRest(reader);
      return { ok: false, reason: "tooLarge" };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

// After the cap, up to this much more is read and dropped (never kept) while the 413 goes out, so a
// client that is still sending gets to read its answer instead of a reset connection; past it, or on
// a body that never ends, the stream is cancelled (which closes the connection).
const DISCARD_AT_MOST = 1024 * 1024;

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>) {
  try {
    let discarded = 0;
    while (discarded <= DISCARD_AT_MOST) {
      const { done, value } = await reader.read();
      if (done) return;
      discarded += value.byteLength;
    }
    await reader.cancel();
  } catch {
    // The client went away: nothing left to discard.
  }
}

/** The answer to a body over the cap. */
export function payloadTooLarge(maxBytes: number): Response {
  return new Response(`Payload Too Large (at most ${maxBytes} bytes)`, { status: 413, headers: { "content-type": "text/plain" } });
}
