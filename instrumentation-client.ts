// Runs in the browser before the app hydrates. Zod compiles object parsers with `new Function()` unless
// told not to; the pages' Content-Security-Policy forbids eval (docs/decisions/014-content-security-policy.md), so parse without it.
import { z } from "zod";

z.config({ jitless: true });
