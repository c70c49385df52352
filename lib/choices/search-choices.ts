// What the record-picking filters (components/common/search-combobox.tsx) offer: at most CHOICE_LIMIT
// records whose name (or e-mail) contains what was typed, read on demand — never every record into the
// page (docs/decisions/025-list-pages-at-scale.md).
import "server-only";
import { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { containsText } from "@/lib/db-text";
import type { Prisma } from "@/lib/generated/prisma/client";

export const CHOICE_LIMIT = 20;
export const CHOICE_KINDS = ["users", "accounts", "smsAccounts", "importTargets", "queues"] as const;
export type ChoiceKind = (typeof CHOICE_KINDS)[number];
export type Choice = { id: string; label: string };

export const choiceKindSchema = z.object({ kind: z.enum(CHOICE_KINDS) });
export const choiceQuerySchema = z.object({ q: z.string().trim().max(100).default("") });

/** Who may list each kind (the permission of the pages whose filters use it). */
export const CHOICE_PERMISSIONS: Record<ChoiceKind, Permission> = {
  users: "audit:view",
  accounts: "accounts:view",
  smsAccounts: "numbers:view",
  importTargets: "numbers:manage",
  queues: "queues:view",
};

// Numbers can be imported into Twilio SMS accounts (lib/inventory/list-inventory.ts's import targets).
const ACCOUNT_KINDS = {
  accounts: {},
  smsAccounts: { channel: "SMS" },
  importTargets: { channel: "SMS", provider: "TWILIO" },
} as const satisfies Record<string, Prisma.MessagingAccountWhereInput>;

const byName = { orderBy: [{ name: "asc" as const }, { id: "asc" as const }], take: CHOICE_LIMIT };

export async function searchChoices(kind: ChoiceKind, q: string): Promise<Choice[]> {
  switch (kind) {
    case "users": {
      const users = await db.user.findMany({
        where: q ? { OR: [{ name: containsText(q) }, { email: containsText(q.toLowerCase()) }] } : {},
        ...byName,
        select: { id: true, name: true, email: true },
      });
      return users.map((user) => ({ id: user.id, label: `${user.name} (${user.email})` }));
    }
    case "accounts":
    case "smsAccounts":
    case "importTargets": {
      const accounts = await db.messagingAccount.findMany({
        where: { ...ACCOUNT_KINDS[kind], ...(q ? { name: containsText(q) } : {}) },
        ...byName,
        select: { id: true, name: true },
      });
      return accounts.map((account) => ({ id: account.id, label: account.name }));
    }
    case "queues": {
      const queues = await db.queue.findMany({ where: q ? { name: containsText(q) } : {}, ...byName, select: { id: true, name: true } });
      return queues.map((queue) => ({ id: queue.id, label: queue.name }));
    }
  }
}

/** The label of the record a filter has chosen (shown in the closed combobox), or null when it's gone. */
export async function choiceLabel(kind: ChoiceKind, id: string | undefined): Promise<string | null> {
  if (!id) return null;
  switch (kind) {
    case "users": {
      const user = await db.user.findUnique({ where: { id }, select: { name: true, email: true } });
      return user ? `${user.name} (${user.email})` : null;
    }
    case "accounts":
    case "smsAccounts":
    case "importTargets":
      return (await db.messagingAccount.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
    case "queues":
      return (await db.queue.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;
  }
}
