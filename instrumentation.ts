// Runs once when the Next.js server starts: configuration check (lib/env/startup-check.ts), a warning
// for each account whose stored secrets the configured keys can't open (lib/secrets/stored-secrets.ts),
// then the job engine with the message flow's queues and periodic work (lib/message-engine/jobs.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  await import("./lib/env/startup-check");
  const { warnAboutUnreadableSecrets } = await import("./lib/secrets/stored-secrets");
  await warnAboutUnreadableSecrets();
  const { startMessageEngine } = await import("./lib/message-engine/jobs");
  await startMessageEngine();
}
