// A bot's signing secret: 32 random bytes, URL-safe, with a prefix that says what it is when it turns
// up in a bot's configuration or a secret scanner's findings.
import { randomBytes } from "node:crypto";

export const BOT_SECRET_PREFIX = "sbbot_";

export function generateBotSecret(): string {
  return `${BOT_SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
}
