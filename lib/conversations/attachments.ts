import "server-only";
import { db } from "@/lib/db";

export function findPublicAttachment(publicToken: string) {
  return db.attachment.findUnique({ where: { publicToken }, select: { data: true, contentType: true, fileName: true } });
}
