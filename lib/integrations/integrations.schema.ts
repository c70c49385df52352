// The Integrations page (Genesys-style view of Twilio SMS accounts): install, details, lifecycle.
import { z } from "zod";
import { accountNameSchema } from "@/lib/accounts/accounts.schema";
import { idSchema } from "@/lib/text-limits";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

export const integrationNotesSchema = z
  .string()
  .trim()
  .max(1000, "validation.tooLong")
  .optional()
  .transform((value) => value || null);

export const installIntegrationSchema = z.object({ name: accountNameSchema, notes: integrationNotesSchema });
export const integrationDetailsSchema = z.object({ accountId: idSchema, name: accountNameSchema, notes: integrationNotesSchema });
export const setIntegrationActiveSchema = z.object({ accountId: idSchema, isActive: z.boolean() });
export const deleteIntegrationSchema = z.object({ accountId: idSchema, restoreNumberIds: z.array(idSchema).max(1000).default([]) });

export const integrationsListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type IntegrationsListFilters = z.infer<typeof integrationsListSchema>;
