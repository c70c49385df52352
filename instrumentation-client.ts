// Runs in the browser before the app hydrates. Zod compiles object parsers with `new Function()` unless
// told not to; the pages' Content-Security-Policy forbids eval (docs/decisions/014-content-security-policy.md), so parse without it.
// The setting lives in zod's core (shared by every zod schema); importing only `config` from there keeps
// zod itself out of every page's first load (decision 027).
import { config } from "zod/v4/core";

config({ jitless: true });
