// The Integrations page (Genesys-style view of Twilio SMS accounts): install, details, lifecycle.
import { z } from "zod";
import { accountNameSchema } from "@/lib/accounts/accounts.schema";

export const integrationNotesSchema = z
  .string()
  .trim()
  .max(1000, "validation.tooLong")
  .optional()
  .transform((value) => value || null);

export const installIntegrationSchema = z.object({ name: accountNameSchema, notes: integrationNotesSchema });
export const integrationDetailsSchema = z.object({ accountId: z.string().min(1), name: accountNameSchema, notes: integrationNotesSchema });
export const setIntegrationActiveSchema = z.object({ accountId: z.string().min(1), isActive: z.boolean() });
export const deleteIntegrationSchema = z.object({ accountId: z.string().min(1), restoreNumberIds: z.array(z.string().min(1)).max(1000).default([]) });

export const integrationsListSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).default(1).catch(1),
});
export type IntegrationsListFilters = z.infer<typeof integrationsListSchema>;
