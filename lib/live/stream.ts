// One browser's Server-Sent Events stream (GET /api/events): the events of this process's transport
// that the signed-in user may see, as `id:` + `data:` frames, a `retry:` hint, a comment every 20 s so
// proxies keep the connection open (and the user's queues are read again), and an end after 5
// minutes — the browser reconnects at once and is authenticated anew, so a deactivated user or a
// revoked session stops hearing within minutes. Everything is released when the client goes away.
import "server-only";
import { canSeeConversation, loadAudienceViewer, type AudienceViewer } from "@/lib/conversations/access";
import type { SessionUser } from "@/lib/auth/session";
import { logger } from "@/lib/logger";
import { getLiveTransport } from "./bus";
import { toBrowserEvent, type LiveSignal } from "./events";
import type { LiveTransport } from "./transport";

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: compression middleware (Next.js's, a proxy's) must not buffer the stream.
  "Cache-Control": "no-cache, no-store, no-transform",
  // nginx would otherwise buffer the response until it is complete.
  "X-Accel-Buffering": "no",
} as const;

export type StreamTiming = { heartbeatMs: number; maxAgeMs: number; retryMs: number };
const TIMING: StreamTiming = { heartbeatMs: 20_000, maxAgeMs: 5 * 60_000, retryMs: 2_000 };
// A client this far behind (a stalled tab, a dead connection not yet noticed) is cut off; it resyncs.
const MAX_QUEUED_CHUNKS = 500;
const READY_WAIT_MS = 3_000;

export function canReceive(viewer: AudienceViewer, signal: LiveSignal): boolean {
  if (signal.type === "resync") return true;
  if (signal.type === "presence.changed") return signal.userId === viewer.id;
  if (signal.type === "agent.notification") {
    const { userIds, queueId, exceptUserId } = signal.recipients;
    return viewer.id !== exceptUserId && (userIds.includes(viewer.id) || (queueId !== null && viewer.queueIds.has(queueId)));
  }
  return canSeeConversation(viewer, signal.audience);
}

export function formatSignal(signal: LiveSignal): string {
  return `id: ${signal.id}\ndata: ${JSON.stringify(toBrowserEvent(signal))}\n\n`;
}

/** The stream itself, for any transport and viewer source (unit-tested without a server). */
export function createLiveStream(options: {
  transport: LiveTransport;
  viewer: AudienceViewer;
  reloadViewer: () => Promise<AudienceViewer>;
  signal: AbortSignal;
  timing?: StreamTiming;
}): ReadableStream<Uint8Array> {
  const timing = options.timing ?? TIMING;
  const encoder = new TextEncoder();
  let viewer = options.viewer;
  let cleanup: () => void = () => undefined;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let open = true;
      const timers: NodeJS.Timeout[] = [];
      const send = (text: string) => {
        if (!open) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) return finish();
        controller.enqueue(encoder.encode(text));
      };
      const unsubscribe = options.transport.subscribe((signal) => {
        if (canReceive(viewer, signal)) send(formatSignal(signal));
      });
      function finish() {
        if (!open) return;
        open = false;
        unsubscribe();
        for (const timer of timers) clearTimeout(timer);
        options.signal.removeEventListener("abort", finish);
        try {
          controller.close();
        } catch {
          // already closed or cancelled by the client
        }
      }
      cleanup = finish;
      if (options.signal.aborted) return finish();
      options.signal.addEventListener("abort", finish);
      // The retry hint and a first comment, so the browser's `open` fires now, not at the first event.
      send(`retry: ${timing.retryMs}\n: connected\n\n`);
      timers.push(
        setInterval(() => {
          send(": heartbeat\n\n");
          options
            .reloadViewer()
            .then((fresh) => (viewer = fresh))
            .catch((error: unknown) => logger.warn("live updates: couldn't re-read the user's queues", { error }));
        }, timing.heartbeatMs),
        setTimeout(finish, timing.maxAgeMs),
      );
    },
    cancel() {
      cleanup();
    },
  });
}

/** The SSE response for a signed-in user with conversations:view (the route handler has checked both). */
export async function openLiveEventResponse({ user, signal }: { user: Pick<SessionUser, "id" | "role">; signal: AbortSignal }) {
  const transport = getLiveTransport();
  // The first connection of a process waits (briefly) for PostgreSQL to be listening, so the browser's
  // refetch on open can't miss what happens meanwhile; if it takes longer, "resync" covers it.
  await Promise.race([transport.ready(), new Promise((resolve) => setTimeout(resolve, READY_WAIT_MS).unref())]);
  const viewer = await loadAudienceViewer(user);
  const stream = createLiveStream({
    transport,
    viewer,
    reloadViewer: () => loadAudienceViewer(user),
    signal,
  });
  return new Response(stream, { headers: SSE_HEADERS });
}
