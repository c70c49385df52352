// Signs a callback the way TeleSign does: "TSA <customer id>:<base64 HMAC-SHA256 of the raw body>".
import { createHmac } from "node:crypto";

export function signTelesignCallbackForTest(customer: { customerId: string; apiKey: string }, rawBody: string): string {
  const signature = createHmac("sha256", Buffer.from(customer.apiKey, "base64")).update(rawBody).digest("base64");
  return `TSA ${customer.customerId}:${signature}`;
}
