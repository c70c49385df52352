// Lets a script run server modules outside Next.js, as vitest.config.ts's alias does for the unit tests:
// "server-only" (which throws outside React Server Components) resolves to its no-op file. Registered by
// `node --import ./scripts/server-only-register.mjs` (see bench-conversations.ts).
const empty = new URL("../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: empty, shortCircuit: true };
  return next(specifier, context);
}
