"use client";
// WhatsApp templates of a WhatsApp account: as many names and languages as needed.
import { MessageSquareText, TriangleAlert } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteTemplateAction } from "@/lib/templates/actions";
import { templateLanguageName } from "@/lib/templates/languages";
import { TemplateDialog, type TemplateValues } from "./template-dialog";

export function TemplatesManager({
  accountId,
  templates,
  canManage,
}: {
  accountId: string;
  templates: TemplateValues[];
  canManage: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const [editing, setEditing] = useState<TemplateValues | "new" | null>(null);
  const [deleting, setDeleting] = useState<TemplateValues | null>(null);

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">{t("templates.intro")}</p>
      <InlineListFrame
        addLabel={canManage ? t("templates.add") : null}
        onAdd={() => setEditing("new")}
        isEmpty={templates.length === 0}
        emptyIcon={MessageSquareText}
        emptyText={t("templates.empty")}
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("templates.name")}</TableHead>
              <TableHead scope="col">{t("templates.language")}</TableHead>
              <TableHead scope="col">{t("templates.body")}</TableHead>
              <TableHead scope="col">{t("templates.contentSid")}</TableHead>
              <TableHead scope="col">
                <span className="sr-only">{t("common.actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {templates.map((template) => (
              <TableRow key={template.id}>
                <TableCell className="font-mono">{template.name}</TableCell>
                <TableCell>{templateLanguageName(template.language, locale)}</TableCell>
                <TableCell className="max-w-sm whitespace-normal">{template.body}</TableCell>
                <TableCell>
                  {template.contentSid ? (
                    <span className="font-mono text-xs">{template.contentSid}</span>
                  ) : (
                    <span className="flex items-center gap-1 text-xs text-amber-800">
                      <TriangleAlert aria-hidden="true" className="size-3.5" />
                      {t("templates.noContentSid")}
                    </span>
                  )}
                </TableCell>
                <TableCell className="text-right">
                  {canManage ? (
                    <RowActionsMenu
                      label={t("templates.rowActions", { name: template.name, language: template.language })}
                      actions={[
                        { label: t("templates.edit"), onSelect: () => setEditing(template) },
                        { label: t("templates.delete"), destructive: true, onSelect: () => setDeleting(template) },
                      ]}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </InlineListFrame>
      {editing ? (
        <TemplateDialog accountId={accountId} template={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmActionDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={t("templates.deleteTitle", { name: deleting?.name ?? "", language: deleting?.language ?? "" })}
        description={t("templates.deleteDescription")}
        confirmLabel={t("templates.delete")}
        action={() => deleteTemplateAction({ templateId: deleting?.id ?? "" })}
        success={t("templates.deleted", { name: deleting?.name ?? "" })}
      />
    </div>
  );
}
