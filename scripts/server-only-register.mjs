// `node --import ./scripts/server-only-register.mjs`: see server-only-hooks.mjs.
import { register } from "node:module";

register("./server-only-hooks.mjs", import.meta.url);
