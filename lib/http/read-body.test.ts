import { describe, expect, it } from "vitest";
import { readBodyWithLimit } from "./read-body";

const encoder = new TextEncoder();

/** A request whose body arrives in the given chunks, with any headers (Content-Length may lie). */
function streamedRequest(chunks: (string | Uint8Array)[], headers: Record<string, string> = {}) {
  let pulled = 0;
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[pulled++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(typeof chunk === "string" ? encoder.encode(chunk) : chunk);
    },
    cancel() {
      cancelled = true;
    },
  });
  const request = new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit);
  return { request, pulledChunks: () => pulled, wasCancelled: () => cancelled };
}

/** A body that never ends: every pull yields another kilobyte. */
function endlessRequest(headers: Record<string, string> = {}) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(1024));
    },
  });
  return { request: new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit), pulledChunks: () => pulled };
}

describe("readBodyWithLimit", () => {
  it("returns the text of a body within the cap, decoded as UTF-8 across chunk boundaries", async () => {
    const bytes = encoder.encode("Body=caf\u00e9 \u{1F600}");
    // The splits fall inside "é" (2 bytes) and inside the emoji (4 bytes).
    const { request } = streamedRequest([bytes.slice(0, 9), bytes.slice(9, 13), bytes.slice(13)]);
    expect(await readBodyWithLimit(request, 64)).toEqual({ ok: true, text: "Body=caf\u00e9 \u{1F600}" });
  });

  it("accepts a body of exactly the cap", async () => {
    const { request } = streamedRequest(["a".repeat(10)]);
    expect(await readBodyWithLimit(request, 10)).toEqual({ ok: true, text: "a".repeat(10) });
  });

  it("refuses a declared Content-Length over the cap without reading the body", async () => {
    const { request, pulledChunks } = endlessRequest({ "content-length": String(100 * 1024 * 1024) });
    expect(await readBodyWithLimit(request, 1024)).toEqual({ ok: false, reason: "tooLarge" });
    // A ReadableStream pulls once up front to fill its queue; nothing more is read.
    expect(pulledChunks()).toBeLessThanOrEqual(1);
  });

  it("stops reading and cancels the stream once the bytes pass the cap, whatever Content-Length claimed", async () => {
    const { request, pulledChunks } = endlessRequest({ "content-length": "10" });
    expect(await readBodyWithLimit(request, 4096)).toEqual({ ok: false, reason: "tooLarge" });
    expect(pulledChunks()).toBeLessThanOrEqual(6);
  });

  it("counts bytes, not characters", async () => {
    const { request, wasCancelled } = streamedRequest(["\u00e9".repeat(6), "more"]);
    expect(await readBodyWithLimit(request, 10)).toEqual({ ok: false, reason: "tooLarge" });
    expect(wasCancelled()).toBe(true);
  });

  it("reads an absent body as empty", async () => {
    expect(await readBodyWithLimit(new Request("http://localhost/x", { method: "POST" }), 10)).toEqual({ ok: true, text: "" });
  });
});
