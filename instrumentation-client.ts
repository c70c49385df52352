// Runs in the browser before the app hydrates. Zod compiles object parsers with `new Function()` unless
// told not to; the pages' Content-Security-Policy forbids eval (docs/decisions/014-content-security-policy.md), so parse without it.
// Zod keeps its configuration in globalThis.__zod_globalConfig and adopts an object already there
// (zod/v4/core/core.js), so this sets it without loading any of zod: zod stays out of every page's
// first load and arrives with the forms that need it (decision 027; instrumentation-client.test.ts
// checks that zod still reads it).
const zodConfigHolder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(zodConfigHolder.__zod_globalConfig ??= {}).jitless = true;
export {};
