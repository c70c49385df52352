// Audit vocabulary. Shared with the Audit log page, which translates each code.
import { z } from "zod";
import { keysetCursorSchema } from "@/lib/pagination/keyset";

export const AUDIT_ACTIONS = [
  "create",
  "update",
  "delete",
  "role_change",
  "validate",
  "webhook_change",
  "deactivate",
  "reactivate",
  "sign_in",
  "sign_in_failed",
  "sign_out",
  "replay",
  "retry",
  "transfer",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

// Record types; domain issues append theirs (account, number, workstream, …) with catalog entries.
export const AUDIT_ENTITY_TYPES = [
  "user",
  "session",
  "account",
  "integration",
  "number",
  "numberImport",
  "template",
  "operatingHours",
  "queue",
  "agent",
  "workstream",
  "channelInstance",
  "routingRule",
  "automatedMessage",
  "heldMessage",
  "inboundEvent",
  "conversation",
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const auditFiltersSchema = z
  .object({
    actorId: z
      .string()
      .trim()
      .max(64)
      .optional()
      .catch(undefined)
      .transform((value) => (value === "all" || value === "" ? undefined : value)),
    entityType: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
    from: z.iso.date().optional().catch(undefined),
    to: z.iso.date().optional().catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type AuditFilters = z.infer<typeof auditFiltersSchema>;
