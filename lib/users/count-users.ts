import "server-only";
import { db } from "@/lib/db";

export function countUsers(): Promise<number> {
  return db.user.count();
}
