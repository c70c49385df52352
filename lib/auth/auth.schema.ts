import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, "validation.required")
    .max(254, "validation.tooLong")
    .transform((value) => value.toLowerCase()),
  password: z.string().min(1, "validation.required").max(1024, "validation.tooLong"),
});

export const setLocaleSchema = z.object({ locale: z.enum(LOCALES) });
