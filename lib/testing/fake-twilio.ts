// A loopback stand-in for Twilio's Messages API for tests that send through lib/message-engine/send.ts:
// records each send and accepts it with a new SID. Start it before lib/env is first read and pass
// `baseUrl` as TWILIO_API_BASE_URL (see createTestDatabase's `env`).
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeTwilioSend = { accountSid: string; to: string; from: string; body: string | null };

export async function startFakeTwilio() {
  const sends: FakeTwilioSend[] = [];
  // Sends to these numbers wait (a slow provider) until released.
  const held = new Map<string, Promise<void>>();
  let accepted = 0;
  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => void answer());
    async function answer() {
      const hold = held.get(new URLSearchParams(raw).get("To") ?? "");
      if (hold) await hold;
      const accountSid = /\/Accounts\/([^/]+)\/Messages\.json$/.exec(req.url ?? "")?.[1];
      if (req.method !== "POST" || !accountSid) {
        res.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify({ code: 20404, message: "not found" }));
        return;
      }
      const form = new URLSearchParams(raw);
      sends.push({
        accountSid: decodeURIComponent(accountSid),
        to: form.get("To") ?? "",
        from: form.get("From") ?? "",
        body: form.get("Body"),
      });
      res
        .writeHead(201, { "Content-Type": "application/json" })
        .end(JSON.stringify({ sid: `SM${String((accepted += 1)).padStart(32, "0")}`, status: "queued" }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sends,
    /** Makes sends to `to` hang until the returned function is called. */
    holdSendsTo(to: string) {
      let release!: () => void;
      held.set(to, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(to);
        release();
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
