// `npm start` (and `npm run dev` with --dev): prepares, then serves the app in this process through
// Next.js's documented custom-server API. One long-running Node process (decision 027):
// - the preparation (configuration check, encryption key, migrations, the build when sources changed:
//   scripts/prepare.ts) runs first as a short-lived child, so its TypeScript loader, migration engine and
//   build tooling never stay in the server's memory; a problem there stops here with its exit code;
// - then this process loads Next.js and listens on PORT.
// Jobs Next.js can't do for us (docs/decisions/013-serve-and-client-address.md and 038):
// - the client's address: Next.js keeps any X-Forwarded-For a client sends, so every request gets
//   PEER_HEADER from its TCP socket (overwriting a client's copy); lib/http/client-address.ts decides
//   from it, and TRUSTED_PROXIES, whom to believe;
// - callback requests in flight are counted (lib/http/answers-in-flight.mjs) so that the embedded job
//   engine lets their answers go first under saturation (decision 038);
// - client errors Next.js answers with a 500 (malformed paths and server-action requests) get their
//   4xx here, before Next.js reads them (lib/http/request-guards.mjs).
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { answerStarted, isAnswerPath } from "../lib/http/answers-in-flight.mjs";
import { PEER_HEADER, PEER_HEADER_FLAG } from "../lib/http/peer-header.mjs";
import { isServerActionRequest, refuseActionBody, refuseByHeaders } from "../lib/http/request-guards.mjs";

const dev = process.argv.includes("--dev");
const root = fileURLToPath(new URL("..", import.meta.url));
process.chdir(root); // relative SQLite paths mean the same file for every tool

const prepared = spawnSync(process.execPath, ["--import", "tsx", "scripts/prepare.ts", ...(dev ? ["--dev"] : [])], {
  cwd: root,
  stdio: "inherit",
});
if (prepared.status !== 0) process.exit(prepared.status ?? 1);

const port = Number(process.env.PORT?.trim() || 3000); // already validated by scripts/prepare.ts
process.env.NEXT_TELEMETRY_DISABLED = "1";
// As `next start` / `next dev` would: Next.js reads NODE_ENV while loading.
process.env.NODE_ENV = dev ? "development" : "production";
const { default: next } = await import("next");

/** @param {import("node:http").ServerResponse} res @param {{ status: number, reason: string }} refusal */
function refuse(res, refusal) {
  res.writeHead(refusal.status, { "content-type": "text/plain; charset=utf-8", connection: "close" });
  res.end(`${refusal.reason}\n`);
}

/**
 * Reads a body of `length` bytes (already checked against the limits), then pushes it back so that
 * Next.js reads the same bytes. Resolves null when the client sent less than it declared.
 * @param {import("node:http").IncomingMessage} req @param {number} length
 * @returns {Promise<Buffer | null>}
 */
function peekBody(req, length) {
  return new Promise((resolve, reject) => {
    if (length === 0) return resolve(Buffer.alloc(0));
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", reject);
    };
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size < length) return;
      done();
      req.pause();
      const body = Buffer.concat(chunks);
      req.unshift(body);
      resolve(body);
    };
    const onEnd = () => {
      done();
      resolve(null);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", reject);
  });
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
async function serve(req, res) {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "";
  const request = { method: req.method ?? "GET", rawPath: (req.url ?? "/").split("?")[0] ?? "/", headers: req.headers };
  const refusal = refuseByHeaders(request);
  if (refusal) return refuse(res, refusal);
  // Routing waits while callback answers are in flight (decision 038): counted until the response closes.
  if (isAnswerPath(request.rawPath)) res.once("close", answerStarted());
  if (isServerActionRequest(request)) {
    const body = await peekBody(req, Number(req.headers["content-length"]));
    const bodyRefusal =
      body === null
        ? { status: 400, reason: "body shorter than its Content-Length" }
        : await refuseActionBody({
            contentType: req.headers["content-type"],
            body,
            isFetchAction: req.headers["next-action"] !== undefined,
          });
    if (bodyRefusal) return refuse(res, bodyRefusal);
  }
  return handle(req, res);
}

const server = createServer((req, res) => {
  serve(req, res).catch((error) => {
    console.error("request failed before reaching the app", error);
    if (!res.headersSent) refuse(res, { status: 400, reason: "bad request" });
    else res.destroy();
  });
});
const app = next({ dev, dir: root, port, httpServer: server });
// Tells lib/http/client-address.ts that PEER_HEADER comes from the socket (this process only).
/** @type {Record<symbol, boolean>} */ (/** @type {unknown} */ (globalThis))[PEER_HEADER_FLAG] = true;
await app.prepare();
const handle = app.getRequestHandler();
server.listen(port, () => console.info(`Switchboard is listening on port ${port}`));

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
