"use client";
// "Import from Twilio": the account's WhatsApp-approved Content API templates, what importing each
// would do (new, update, unchanged, or why it can't be imported), each with a checkbox.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { importTemplatesAction, previewTemplateImportAction } from "@/lib/templates/actions";
import { templateLanguageName } from "@/lib/templates/languages";
import type { ImportRow } from "@/lib/templates/twilio-plan";

type Props = { accountId: string; onClose: () => void };

export function ImportTemplatesDialog({ accountId, onClose }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [rows, setRows] = useState<ImportRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [isImporting, startImport] = useTransition();

  useEffect(() => {
    let cancelled = false;
    void previewTemplateImportAction({ accountId }).then((result) => {
      if (cancelled) return;
      if (!result.ok) return setError(result.error);
      setRows(result.data);
      setSelected(new Set(result.data.filter((row) => row.action === "create" || row.action === "update").map((row) => row.sid)));
    });
    return () => {
      cancelled = true;
    };
  }, [accountId]);

  const selectable = useMemo(() => (rows ?? []).filter((row) => row.action === "create" || row.action === "update"), [rows]);
  const allSelected = selectable.length > 0 && selectable.every((row) => selected.has(row.sid));

  function toggle(sid: string, checked: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (checked) next.add(sid);
      else next.delete(sid);
      return next;
    });
  }

  function runImport() {
    startImport(async () => {
      setError(null);
      const result = await importTemplatesAction({ accountId, sids: [...selected] });
      if (!result.ok) return setError(result.error);
      toast.success(t("templates.import.done", { created: result.data.created, updated: result.data.updated }));
      onClose();
      router.refresh();
    });
  }

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("common.close")} className="max-h-[90vh] overflow-y-auto sm:max-w-4xl">
        <DialogHeader>
          <DialogTitle>{t("templates.import.title")}</DialogTitle>
          <DialogDescription>{t("templates.import.description")}</DialogDescription>
        </DialogHeader>
        <FormBanner message={error} />
        {rows === null && !error ? (
          <div className="flex flex-col gap-2" aria-busy="true" aria-label={t("templates.import.loading")}>
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-full" />
            <Skeleton className="h-8 w-full" />
          </div>
        ) : null}
        {rows !== null && rows.length === 0 ? (
          <p className="rounded-lg border border-dashed p-6 text-sm text-muted-foreground">{t("templates.import.empty")}</p>
        ) : null}
        {rows !== null && rows.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col" className="w-8">
                  <Checkbox
                    aria-label={t("templates.import.selectAll")}
                    checked={allSelected}
                    disabled={selectable.length === 0}
                    onCheckedChange={(checked) => setSelected(checked === true ? new Set(selectable.map((row) => row.sid)) : new Set())}
                  />
                </TableHead>
                <TableHead scope="col">{t("templates.name")}</TableHead>
                <TableHead scope="col">{t("templates.language")}</TableHead>
                <TableHead scope="col">{t("templates.body")}</TableHead>
                <TableHead scope="col">{t("templates.import.result")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const canSelect = row.action === "create" || row.action === "update";
                return (
                  <TableRow key={row.sid}>
                    <TableCell>
                      <Checkbox
                        aria-label={t("templates.import.select", { name: row.name || row.friendlyName, language: row.language })}
                        checked={canSelect && selected.has(row.sid)}
                        disabled={!canSelect}
                        onCheckedChange={(checked) => toggle(row.sid, checked === true)}
                      />
                    </TableCell>
                    <TableCell>
                      <span className="font-mono">{row.name || row.friendlyName}</span>
                      <span className="block font-mono text-xs text-muted-foreground">{row.sid}</span>
                    </TableCell>
                    <TableCell>{row.language ? templateLanguageName(row.language, locale) : "—"}</TableCell>
                    <TableCell className="max-w-sm whitespace-normal">{row.body || "—"}</TableCell>
                    <TableCell className="whitespace-normal">
                      <Badge variant={row.action === "skip" ? "outline" : row.action === "unchanged" ? "secondary" : "default"}>
                        {t(`templates.import.actions.${row.action}`)}
                      </Badge>
                      {row.action === "skip" ? (
                        <span className="mt-1 block text-xs text-muted-foreground">{t(`templates.import.skip.${row.reason}`)}</span>
                      ) : null}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        ) : null}
        <DialogFooter>
          <Button type="button" variant="outline" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button type="button" disabled={selected.size === 0 || isImporting} onClick={runImport}>
            {isImporting ? t("templates.import.importing") : t("templates.import.confirm", { count: selected.size })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
