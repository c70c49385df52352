// The account filter's choices: every messaging account, by name.
import "server-only";
import { db } from "@/lib/db";

export function listAccountChoices() {
  return db.messagingAccount.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}
