// The customer panel's forms (name, notes), shared by their react-hook-form resolvers and the actions.
import { z } from "zod";
import { idSchema, limitCharacters } from "@/lib/text-limits";

export const MAX_CUSTOMER_NAME_LENGTH = 100;
export const MAX_NOTE_LENGTH = 2000;

/** An empty name clears it (the panel shows the number alone). */
export const renameCustomerSchema = z.object({
  conversationId: idSchema,
  name: limitCharacters(z.string(), MAX_CUSTOMER_NAME_LENGTH, "validation.customers.nameTooLong").transform((name) => name.trim()),
});
export type RenameCustomerForm = z.input<typeof renameCustomerSchema>;

const noteBody = limitCharacters(z.string(), MAX_NOTE_LENGTH, "validation.customers.noteTooLong")
  .transform((body) => body.trim())
  .refine((body) => body.length > 0, "validation.customers.noteRequired");

export const addCustomerNoteSchema = z.object({ conversationId: idSchema, body: noteBody });
export const updateCustomerNoteSchema = z.object({ noteId: idSchema, body: noteBody });
export const customerNoteIdSchema = z.object({ noteId: idSchema });
export type CustomerNoteForm = z.input<typeof addCustomerNoteSchema>;
