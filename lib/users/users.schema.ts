// Shared by the users forms (react-hook-form + zodResolver) and the users actions.
import { z } from "zod";
import { checkPasswordStrength, PASSWORD_MAX_LENGTH } from "@/lib/auth/password-policy";
import { ROLES } from "@/lib/auth/permissions";
import { LOCALES } from "@/lib/i18n/config";
import { idSchema } from "@/lib/text-limits";
import { keysetCursorSchema } from "@/lib/pagination/keyset";
import { isValidTimeZone } from "@/lib/workstreams/operating-hours/evaluate";

export const roleSchema = z.enum(ROLES);

export const nameSchema = z.string().trim().min(1, "validation.required").max(100, "validation.tooLong");
export const emailSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"))
  .transform((value) => value.toLowerCase());

/** Name, email and a password that passes the strength rule (checked against the name and email). */
export const newUserFieldsSchema = z
  .object({
    name: nameSchema,
    email: emailSchema,
    password: z.string().max(PASSWORD_MAX_LENGTH, { message: "validation.password.tooLong", abort: true }),
  })
  .superRefine((value, ctx) => {
    const problem = checkPasswordStrength(value.password, value);
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: `validation.password.${problem}` });
  });

/** An IANA zone name Intl knows (the zone every date is shown in for this user). */
export const userTimeZoneSchema = z
  .string()
  .trim()
  .min(1, "validation.required")
  .max(100, { message: "validation.timeZone", abort: true })
  .refine(isValidTimeZone, "validation.timeZone");

/** The language an administrator picks for a new user; "browser" = take it from the browser at first sign-in. */
export const newUserLocaleSchema = z.enum([...LOCALES, "browser"]);
export type NewUserLocale = z.infer<typeof newUserLocaleSchema>;

export const createFirstAdministratorSchema = newUserFieldsSchema;
export const createUserSchema = newUserFieldsSchema.and(z.object({ role: roleSchema, locale: newUserLocaleSchema.default("browser") }));

export const savePreferencesSchema = z.object({ timeZone: userTimeZoneSchema });

export const changeUserRoleSchema = z.object({ userId: idSchema, role: roleSchema });
export const setUserActiveSchema = z.object({ userId: idSchema, isActive: z.boolean() });

export const usersListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    role: roleSchema.optional().catch(undefined),
    status: z.enum(["active", "inactive"]).optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type UsersListFilters = z.infer<typeof usersListSchema>;
