import "server-only";
import { ActionError } from "@/lib/actions/action-error";
import { diffChanges } from "@/lib/audit/redact";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { z } from "zod";
import type { templateFormSchema } from "./templates.schema";
import { extractVariables } from "./template-lint";
import { markHasContentTemplates } from "./twilio-sync";

type Actor = NonNullable<AuditActor>;
type Input = z.output<typeof templateFormSchema>;

export async function saveTemplate({ input, actor }: { input: Input; actor: Actor }) {
  const account = await db.messagingAccount.findUnique({ where: { id: input.accountId }, select: { channel: true, name: true } });
  if (!account) throw new ActionError("notFound", "errors.accounts.notFound");
  if (account.channel !== "WHATSAPP") throw new ActionError("conflict", "errors.templates.whatsappOnly");
  // Keep only the examples of variables the text actually uses.
  const examples = Object.fromEntries(extractVariables(input.body).map((n) => [String(n), input.examples[String(n)] ?? ""]));
  const data = {
    name: input.name,
    language: input.language,
    body: input.body,
    examples: JSON.stringify(examples),
    contentSid: input.contentSid,
  };
  try {
    if (!input.templateId) {
      const created = await db.whatsAppTemplate.create({ data: { ...data, accountId: input.accountId }, select: { id: true } });
      if (data.contentSid) await markHasContentTemplates(input.accountId);
      await recordAudit({
        actor,
        action: "create",
        entityType: "template",
        entityId: created.id,
        entityLabel: `${data.name} (${data.language})`,
        details: { account: account.name, ...data },
      });
      return created;
    }
    const before = await db.whatsAppTemplate.findFirst({
      where: { id: input.templateId, accountId: input.accountId },
      select: { name: true, language: true, body: true, examples: true, contentSid: true },
    });
    if (!before) throw new ActionError("notFound", "errors.templates.notFound");
    // Another Content SID: its approval is unknown until the next sync.
    const resetStatus = before.contentSid !== data.contentSid ? { twilioStatus: null, twilioReason: null, twilioCheckedAt: null } : {};
    await db.whatsAppTemplate.update({ where: { id: input.templateId }, data: { ...data, ...resetStatus }, select: { id: true } });
    if (data.contentSid) await markHasContentTemplates(input.accountId);
    await recordAudit({
      actor,
      action: "update",
      entityType: "template",
      entityId: input.templateId,
      entityLabel: `${data.name} (${data.language})`,
      details: diffChanges(before, data),
    });
    return { id: input.templateId };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new ActionError("conflict", "errors.templates.duplicate", { field: "name" });
    }
    throw error;
  }
}

export async function deleteTemplate({ templateId, actor }: { templateId: string; actor: Actor }) {
  const template = await db.whatsAppTemplate.findUnique({
    where: { id: templateId },
    select: { accountId: true, name: true, language: true },
  });
  if (!template) throw new ActionError("notFound", "errors.templates.notFound");
  await db.whatsAppTemplate.delete({ where: { id: templateId }, select: { id: true } });
  await recordAudit({
    actor,
    action: "delete",
    entityType: "template",
    entityId: templateId,
    entityLabel: `${template.name} (${template.language})`,
  });
  return { accountId: template.accountId };
}

export async function listTemplates(accountId: string) {
  const rows = await db.whatsAppTemplate.findMany({
    where: { accountId },
    orderBy: [{ name: "asc" }, { language: "asc" }],
    select: {
      id: true,
      name: true,
      language: true,
      body: true,
      examples: true,
      contentSid: true,
      twilioStatus: true,
      twilioReason: true,
      twilioCheckedAt: true,
      updatedAt: true,
    },
  });
  return rows.map((row) => ({ ...row, examples: JSON.parse(row.examples) as Record<string, string> }));
}

export type TemplateRow = Awaited<ReturnType<typeof listTemplates>>[number];
