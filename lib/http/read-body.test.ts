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

/** A body that never ends: every pull yields another kilobyte. `cancelled` settles when the reader gives up. */
function endlessRequest(headers: Record<string, string> = {}) {
  let pulled = 0;
  let onCancel = () => {};
  const cancelled = new Promise<void>((resolve) => (onCancel = resolve));
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      controller.enqueue(new Uint8Array(1024));
    },
    cancel: () => onCancel(),
  });
  return {
    request: new Request("http://localhost/x", { method: "POST", body, headers, duplex: "half" } as RequestInit),
    pulledChunks: () => pulled,
    cancelled,
  };
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

  it("answers as soon as the bytes pass the cap, whatever Content-Length claimed", async () => {
    const { request, pulledChunks } = endlessRequest({ "content-length": "10" });
    expect(await readBodyWithLimit(request, 4096)).toEqual({ ok: false, reason: "tooLarge" });
    expect(pulledChunks()).toBeLessThanOrEqual(6);
  });

  it("then drops (never keeps) at most 1 MB more of a body that never ends, and cancels it", async () => {
    const { request, pulledChunks, cancelled } = endlessRequest();
    expect(await readBodyWithLimit(request, 4096)).toEqual({ ok: false, reason: "tooLarge" });
    await cancelled;
    expect(pulledChunks()).toBeLessThanOrEqual(4 + 1024 + 3);
  });

  it("reads a slightly larger body to its end without cancelling, so the client can read the 413", async () => {
    const { request, pulledChunks, wasCancelled } = streamedRequest(["a".repeat(8), "b".repeat(8), "c".repeat(8)]);
    expect(await readBodyWithLimit(request, 10)).toEqual({ ok: false, reason: "tooLarge" });
    await expect.poll(pulledChunks).toBe(4);
    expect(wasCancelled()).toBe(false);
  });

  it("counts bytes, not characters", async () => {
    const { request } = streamedRequest(["\u00e9".repeat(6)]);
    expect(await readBodyWithLimit(request, 10)).toEqual({ ok: false, reason: "tooLarge" });
  });

  it("reads an absent body as empty", async () => {
    expect(await readBodyWithLimit(new Request("http://localhost/x", { method: "POST" }), 10)).toEqual({ ok: true, text: "" });
  });
});
