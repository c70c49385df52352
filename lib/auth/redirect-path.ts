import { z } from "zod";

/** A same-site path to return to after sign-in; anything else (other hosts, "//x") is dropped. */
export const safeRedirectPath = z
  .string()
  .max(2000)
  .transform((value) => (/^\/(?![/\\])/.test(value) ? value : undefined))
  .catch(undefined);
