// A bad configuration stops the server with one line per bad variable, even when someone runs
// `next start` directly instead of `npm start`.
import { InvalidEnvironmentError, loadEnv } from "./load";

try {
  loadEnv();
} catch (error) {
  if (!(error instanceof InvalidEnvironmentError)) throw error;
  console.error("Switchboard cannot start: invalid configuration.");
  for (const line of error.problems) console.error(`  ${line}`);
  process.exit(1);
}
