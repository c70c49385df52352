// For provider tests only: real loopback HTTP servers instead of fetch mocks. Each server records
// every request with its body, then lets the test's handler answer.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; url: string; headers: IncomingHttpHeaders; body: string };
export type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;

/** Runs `run` against a server on 127.0.0.1 (a free port), then closes it, open connections too. */
export async function withLocalServer(handler: Handler, run: (baseUrl: string, seen: RecordedRequest[]) => Promise<void>): Promise<void> {
  const seen: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** A URL nothing listens on any more: a server's address, taken after it has closed. */
export async function closedPortUrl(): Promise<string> {
  let url = "";
  await withLocalServer(json(200, {}), async (baseUrl) => void (url = baseUrl));
  return url;
}

/** Answers every request with `body` as JSON and the given status. */
export const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { "Content-Type": "application/json" });
    res.end(JSON.stringify(body));
  };
