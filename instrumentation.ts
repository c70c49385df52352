// Runs once when the Next.js server starts: configuration check (lib/env/startup-check.ts), a warning
// for each account whose stored secrets the configured keys can't open (lib/secrets/stored-secrets.ts),
// then the message flow's background worker (lib/message-engine/worker.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env/startup-check");
  const { warnAboutUnreadableSecrets } = await import("./lib/secrets/stored-secrets");
  await warnAboutUnreadableSecrets();
  const { startMessageWorker } = await import("./lib/message-engine/worker");
  startMessageWorker();
}
