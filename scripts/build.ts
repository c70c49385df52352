// `npm run build`: production build of the app.
import { fileURLToPath } from "node:url";
import { parseEnv } from "../lib/env/schema";
import { buildApp } from "./build-app";

// The build-time settings only (a build machine needs no database): a bad one stops here with one line.
const settings = parseEnv({
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY,
  NEXT_DEPLOYMENT_ID: process.env.NEXT_DEPLOYMENT_ID,
});
if (!settings.ok) {
  console.error("Switchboard cannot be built: invalid configuration.");
  for (const line of settings.errors) console.error(`  ${line}`);
  process.exit(1);
}

try {
  buildApp(fileURLToPath(new URL("..", import.meta.url)));
} catch {
  process.exit(1);
}
