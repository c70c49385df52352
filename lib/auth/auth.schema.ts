import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { userTimeZoneSchema } from "@/lib/users/users.schema";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(254, "validation.tooLong")
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, "validation.required").max(1024, "validation.tooLong"),
  // The browser's zone (Intl), stored as the user's zone at the first sign-in. An unknown one is ignored.
  timeZone: userTimeZoneSchema.optional().catch(undefined),
});

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
