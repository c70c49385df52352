// A bot on loopback that speaks the bot protocol (decision 028) as a real one would: it reads the raw
// body, refuses a bad or stale signature with 401 (lib/bots/signature.ts, the check a bot author writes),
// then answers with whatever the test scripted — messages, a hand-off, an error status, nothing at all
// (to run into Switchboard's timeout). Used by the e2e bot spec and the bot unit tests.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import type { BotRequest } from "@/lib/bots/protocol";
import { BOT_SIGNATURE_HEADER, BOT_TIMESTAMP_HEADER, verifyBotRequest, type BotSignatureCheck } from "@/lib/bots/signature";

export type FakeBotReply = { status?: number; body?: unknown } | "hang";
export type FakeBotRequest = { payload: BotRequest; signature: BotSignatureCheck };

export async function startFakeBot(options: { port?: number; secret?: string; reply?: (request: BotRequest) => FakeBotReply } = {}) {
  let secret = options.secret ?? "";
  let reply = options.reply ?? (() => ({ status: 200, body: {} }));
  const requests: FakeBotRequest[] = [];
  const refused: BotSignatureCheck[] = [];
  const sockets = new Set<Socket>();
  const hanging = new Set<ServerResponse>();

  const server = createServer((req, res) => void handle(req, res));
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    const signature = verifyBotRequest({
      secret,
      body,
      timestamp: req.headers[BOT_TIMESTAMP_HEADER.toLowerCase()] as string | undefined,
      signature: req.headers[BOT_SIGNATURE_HEADER.toLowerCase()] as string | undefined,
      now: new Date(),
    });
    if (req.method !== "POST" || !signature.ok) {
      refused.push(signature);
      res.writeHead(401, { "Content-Type": "application/json" }).end(JSON.stringify({ error: "bad signature" }));
      return;
    }
    const payload = JSON.parse(body) as BotRequest;
    requests.push({ payload, signature });
    const answer = reply(payload);
    if (answer === "hang") {
      hanging.add(res);
      return;
    }
    res.writeHead(answer.status ?? 200, { "Content-Type": "application/json" });
    res.end(answer.body === undefined ? "" : typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body));
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/bot`,
    /** Requests whose signature held, in arrival order. */
    requests,
    /** Why requests were refused. */
    refused,
    setSecret: (value: string) => void (secret = value),
    setReply: (next: (request: BotRequest) => FakeBotReply) => void (reply = next),
    async close() {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type FakeBot = Awaited<ReturnType<typeof startFakeBot>>;
