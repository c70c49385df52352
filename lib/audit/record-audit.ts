import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";
import type { AuditDetails, KnownKeysOnly } from "./detail-labels";
import { redact } from "./redact";
import type { AuditAction, AuditEntityType } from "./types";

export type AuditActor = { id: string; email: string } | null;

type RecordAuditOptions<T extends AuditDetails> = {
  actor: AuditActor;
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  entityLabel?: string | null;
  /** Only keys listed in detail-labels.ts, so the Audit log can name each one. */
  details?: KnownKeysOnly<T>;
};

/** Appends one audit event; details are redacted before they are stored. */
export async function recordAudit<T extends AuditDetails>({
  actor,
  action,
  entityType,
  entityId,
  entityLabel,
  details,
}: RecordAuditOptions<T>) {
  try {
    await db.auditEvent.create({
      data: {
        actorId: actor?.id ?? null,
        actorEmail: actor?.email ?? null,
        action,
        entityType,
        entityId: entityId ?? null,
        entityLabel: entityLabel ?? null,
        details: details ? JSON.stringify(redact(details as Record<string, unknown>)) : null,
      },
      select: { id: true },
    });
  } catch (error) {
    // A failed audit write must be visible to operators but must not undo the change it describes.
    logger.error("audit write failed", { action, entityType, entityId, error });
  }
}
