// `npm run build`: production build of the app.
import { fileURLToPath } from "node:url";
import { buildApp } from "./build-app";

try {
  buildApp(fileURLToPath(new URL("..", import.meta.url)));
} catch {
  process.exit(1);
}
