"use server";
// The customer panel beside a thread: the customer's name and agents' notes on them.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { addCustomerNote, deleteCustomerNote, renameCustomer, updateCustomerNote } from "./customer-notes";
import { addCustomerNoteSchema, customerNoteIdSchema, renameCustomerSchema, updateCustomerNoteSchema } from "./customers.schema";

// The name shows in every conversation of this customer and in the lists.
const refresh = () => revalidatePath("/conversations", "layout");

export const renameCustomerAction = createAction(
  { name: "renameCustomer", access: "conversations:handle", schema: renameCustomerSchema },
  async (input, { user }) => {
    const renamed = await renameCustomer({ actor: user, conversationId: input.conversationId, name: input.name });
    refresh();
    return renamed;
  },
);

export const addCustomerNoteAction = createAction(
  { name: "addCustomerNote", access: "conversations:handle", schema: addCustomerNoteSchema },
  async (input, { user }) => {
    const note = await addCustomerNote({ actor: user, conversationId: input.conversationId, body: input.body });
    refresh();
    return note;
  },
);

export const updateCustomerNoteAction = createAction(
  { name: "updateCustomerNote", access: "conversations:handle", schema: updateCustomerNoteSchema },
  async (input, { user }) => {
    const note = await updateCustomerNote({ actor: user, noteId: input.noteId, body: input.body });
    refresh();
    return note;
  },
);

export const deleteCustomerNoteAction = createAction(
  { name: "deleteCustomerNote", access: "conversations:handle", schema: customerNoteIdSchema },
  async (input, { user }) => {
    const note = await deleteCustomerNote({ actor: user, noteId: input.noteId });
    refresh();
    return note;
  },
);
