// Transfer of a conversation to another queue or agent (lib/conversations/transfer.ts): the dialog's
// form and the action's input, one schema.
import { z } from "zod";
import { idSchema, limitCharacters } from "@/lib/text-limits";

export const TRANSFER_TARGET_TYPES = ["agent", "queue"] as const;
export type TransferTargetType = (typeof TRANSFER_TARGET_TYPES)[number];
export const TRANSFER_NOTE_MAX_CHARACTERS = 500;

export const transferSchema = z.object({
  conversationId: idSchema,
  targetType: z.enum(TRANSFER_TARGET_TYPES, "validation.transfer.targetType"),
  targetId: z.string().trim().min(1, "validation.transfer.targetRequired").max(64, "validation.transfer.targetRequired"),
  note: limitCharacters(z.string().trim(), TRANSFER_NOTE_MAX_CHARACTERS, "validation.transfer.noteTooLong").default(""),
});
export type TransferForm = z.input<typeof transferSchema>;
export type TransferInput = z.output<typeof transferSchema>;

/** GET /api/conversations/[id]/transfer-targets?q= */
export const transferTargetsQuerySchema = z.object({ q: z.string().trim().max(100).default("") });
