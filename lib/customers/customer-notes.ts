// An agent names the customer, and writes, edits and deletes notes on them. A note is edited by its
// author; deleted by its author or an administrator. Every change goes through a conversation the
// user may see, so nobody reaches a customer they couldn't open.
import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { ActionError } from "@/lib/actions/action-error";
import { db } from "@/lib/db";
import { customerOfConversation } from "./customer-context";

type Actor = Pick<SessionUser, "id" | "role">;

async function customerIdFor(address: string): Promise<string> {
  const customer = await db.customer.upsert({ where: { address }, create: { address }, update: {}, select: { id: true } });
  return customer.id;
}

/** An agent's name for the customer; from now on the customer's WhatsApp profile doesn't change it. */
export async function renameCustomer({ actor, conversationId, name }: { actor: Actor; conversationId: string; name: string }) {
  const address = await customerOfConversation(actor, conversationId);
  await db.customer.upsert({
    where: { address },
    create: { address, name: name || null, nameSource: "agent" },
    update: { name: name || null, nameSource: "agent" },
    select: { id: true },
  });
  return { name: name || null };
}

export async function addCustomerNote({ actor, conversationId, body }: { actor: Actor; conversationId: string; body: string }) {
  const customerId = await customerIdFor(await customerOfConversation(actor, conversationId));
  return db.customerNote.create({ data: { customerId, authorId: actor.id, body }, select: { id: true } });
}

async function findNote(noteId: string) {
  const note = await db.customerNote.findUnique({ where: { id: noteId }, select: { id: true, authorId: true } });
  if (!note) throw new ActionError("notFound", "errors.customers.noteNotFound");
  return note;
}

export async function updateCustomerNote({ actor, noteId, body }: { actor: Actor; noteId: string; body: string }) {
  const note = await findNote(noteId);
  if (note.authorId !== actor.id) throw new ActionError("forbidden", "errors.customers.notYourNote");
  await db.customerNote.update({ where: { id: noteId }, data: { body }, select: { id: true } });
  return { id: noteId };
}

export async function deleteCustomerNote({ actor, noteId }: { actor: Actor; noteId: string }) {
  const note = await findNote(noteId);
  if (note.authorId !== actor.id && actor.role !== "ADMINISTRATOR") throw new ActionError("forbidden", "errors.customers.notYourNote");
  await db.customerNote.delete({ where: { id: noteId }, select: { id: true } });
  return { id: noteId };
}
