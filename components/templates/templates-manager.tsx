"use client";
// WhatsApp templates of a WhatsApp account: as many names and languages as needed.
import { MessageSquareText, MoreHorizontal, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
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
  const router = useRouter();
  const [editing, setEditing] = useState<TemplateValues | "new" | null>(null);
  const [deleting, setDeleting] = useState<TemplateValues | null>(null);

  async function remove() {
    if (!deleting) return;
    const result = await deleteTemplateAction({ templateId: deleting.id });
    if (!result.ok) {
      toast.error(result.error);
      return;
    }
    toast.success(t("templates.deleted", { name: deleting.name }));
    setDeleting(null);
    router.refresh();
  }

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
                    <DropdownMenu>
                      <DropdownMenuTrigger asChild>
                        <Button
                          variant="ghost"
                          size="icon"
                          aria-label={t("templates.rowActions", { name: template.name, language: template.language })}
                        >
                          <MoreHorizontal aria-hidden="true" />
                        </Button>
                      </DropdownMenuTrigger>
                      <DropdownMenuContent align="end">
                        <DropdownMenuItem onSelect={() => setEditing(template)}>{t("templates.edit")}</DropdownMenuItem>
                        <DropdownMenuItem variant="destructive" onSelect={() => setDeleting(template)}>
                          {t("templates.delete")}
                        </DropdownMenuItem>
                      </DropdownMenuContent>
                    </DropdownMenu>
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
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={t("templates.deleteTitle", { name: deleting?.name ?? "", language: deleting?.language ?? "" })}
        description={t("templates.deleteDescription")}
        confirmLabel={t("templates.delete")}
        onConfirm={remove}
      />
    </div>
  );
}
