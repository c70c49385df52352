// Runs once when the Next.js server starts (see lib/env/startup-check.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./lib/env/startup-check");
}
