// Webhook requests this process is answering right now (decision 038). scripts/serve.mjs counts them from
// the moment a request for a callback URL arrives until its response is closed; the embedded job engine
// reads the count so that routing waits for the answers under saturation (lib/jobs/local-engine.ts).
// The state lives on globalThis: serve.mjs, the route bundles and instrumentation load separate module
// instances in a production build, and they must all see one counter.

const KEY = Symbol.for("switchboard.answersInFlight");

/** @typedef {{ count: number, idle: Set<() => void> }} Gauge */

/** @returns {Gauge} */
function gauge() {
  const holder = /** @type {Record<symbol, Gauge | undefined>} */ (/** @type {unknown} */ (globalThis));
  return (holder[KEY] ??= { count: 0, idle: new Set() });
}

/** Whether a request path is one of the callback URLs whose answers go first. */
export function isAnswerPath(/** @type {string} */ path) {
  return path.startsWith("/api/webhooks/");
}

/** One more request in flight; call the returned function once, when its response is closed. */
export function answerStarted() {
  const state = gauge();
  state.count += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    state.count -= 1;
    if (state.count === 0) for (const listener of state.idle) listener();
  };
}

/** How many webhook requests are in flight. */
export function answersInFlight() {
  return gauge().count;
}

/** Calls `listener` each time the count falls back to 0; returns the function that stops it. */
export function onAnswersIdle(/** @type {() => void} */ listener) {
  const state = gauge();
  state.idle.add(listener);
  return () => void state.idle.delete(listener);
}
