"use client";
// WhatsApp templates of a WhatsApp account: as many names and languages as needed.
import { CloudDownload, MessageSquareText, RefreshCw, TriangleAlert } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { deleteTemplateAction, syncTemplatesAction } from "@/lib/templates/actions";
import { templateLanguageName } from "@/lib/templates/languages";
import { isFlagged } from "@/lib/templates/twilio-plan";
import { lazyDialog } from "@/components/common/lazy-dialog";
import type { TemplateValues } from "./template-dialog";

// Mounted to open; their code (Radix Dialog, react-hook-form, the forms) loads then (decision 042).
const ImportTemplatesDialog = lazyDialog(() => import("./import-templates-dialog").then((module) => module.ImportTemplatesDialog));
const TemplateDialog = lazyDialog(() => import("./template-dialog").then((module) => module.TemplateDialog));

export type TemplateRowValues = TemplateValues & { twilioStatus: string | null; twilioReason: string | null };

/** Twilio sync of a Twilio WhatsApp account (null for other providers). */
export type TwilioTemplateSync = { syncedAt: Date | null; syncError: string | null };

const KNOWN_STATUSES = new Set(["approved", "pending", "rejected", "paused", "disabled", "unsubmitted", "deleted"]);

export function TemplatesManager({
  accountId,
  templates,
  canManage,
  twilio,
}: {
  accountId: string;
  templates: TemplateRowValues[];
  canManage: boolean;
  twilio: TwilioTemplateSync | null;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [editing, setEditing] = useState<TemplateValues | "new" | null>(null);
  const [deleting, setDeleting] = useState<TemplateValues | null>(null);
  const [importing, setImporting] = useState(false);
  const [isSyncing, startSync] = useTransition();
  const flagged = templates.filter((template) => isFlagged(template.twilioStatus));

  function sync() {
    startSync(async () => {
      const result = await syncTemplatesAction({ accountId });
      if (!result.ok) toast.error(result.error);
      else toast.success(t("templates.sync.done", { checked: result.data.checked, flagged: result.data.flagged }));
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-muted-foreground">{t("templates.intro")}</p>
      {twilio ? (
        <div className="flex flex-wrap items-center gap-2">
          {canManage ? (
            <>
              <Button type="button" variant="outline" onClick={() => setImporting(true)}>
                <CloudDownload aria-hidden="true" />
                {t("templates.import.open")}
              </Button>
              <Button type="button" variant="outline" onClick={sync} disabled={isSyncing}>
                <RefreshCw aria-hidden="true" className={isSyncing ? "animate-spin" : undefined} />
                {isSyncing ? t("templates.sync.running") : t("templates.sync.button")}
              </Button>
            </>
          ) : null}
          <p className="text-xs text-muted-foreground" role="status">
            {twilio.syncError
              ? t("templates.sync.failed", { time: twilio.syncedAt ? format.relativeTime(twilio.syncedAt) : "" })
              : twilio.syncedAt
                ? t("templates.sync.last", { time: format.relativeTime(twilio.syncedAt) })
                : t("templates.sync.never")}
          </p>
        </div>
      ) : null}
      {twilio?.syncError ? (
        <p className="flex items-start gap-1 text-sm text-amber-800">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t(`accounts.validation.twilio.${twilio.syncError}`)}
        </p>
      ) : null}
      {flagged.length > 0 ? (
        <p className="flex items-start gap-1 text-sm text-destructive">
          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          {t("templates.flaggedSummary", { count: flagged.length })}
        </p>
      ) : null}
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
              {twilio ? <TableHead scope="col">{t("templates.approval")}</TableHead> : null}
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
                {twilio ? (
                  <TableCell className="max-w-xs whitespace-normal">
                    <TemplateStatus status={template.twilioStatus} reason={template.twilioReason} hasSid={!!template.contentSid} />
                  </TableCell>
                ) : null}
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
      {importing ? <ImportTemplatesDialog accountId={accountId} onClose={() => setImporting(false)} /> : null}
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

function TemplateStatus({ status, reason, hasSid }: { status: string | null; reason: string | null; hasSid: boolean }) {
  const t = useTranslations();
  if (!hasSid) return <span className="text-xs text-muted-foreground">—</span>;
  if (!status) return <span className="text-xs text-muted-foreground">{t("templates.status.notChecked")}</span>;
  const known = KNOWN_STATUSES.has(status) ? status : "unknown";
  const flagged = isFlagged(status);
  return (
    <div className="flex flex-col gap-1">
      <Badge
        variant={known === "approved" ? "secondary" : flagged ? "destructive" : "outline"}
        className={known === "approved" ? "border-emerald-700 text-emerald-900" : undefined}
      >
        {flagged ? <TriangleAlert aria-hidden="true" /> : null}
        {t(`templates.status.${known}`)}
      </Badge>
      {flagged ? <span className="text-xs text-destructive">{t(`templates.status.flagged.${known}`)}</span> : null}
      {reason ? <span className="text-xs text-muted-foreground">{reason}</span> : null}
    </div>
  );
}
