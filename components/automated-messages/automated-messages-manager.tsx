"use client";
// Automated messages of a workstream (SPEC §2): at most one per trigger and language, at channel level
// (sent on every number of the channel unless a number overrides it) or, with `channelInstance`, one
// number's own messages (its overrides).
import { MessageSquareText } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { Switch } from "@/components/ui/switch";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { Channel } from "@/lib/accounts/accounts.constants";
import { deleteAutomatedMessageAction, setAutomatedMessageActiveAction } from "@/lib/workstreams/automated-messages/actions";
import { localeDisplayName, previewAutomatedMessage } from "@/lib/workstreams/automated-messages/editor";
import { AUTOMATED_MESSAGE_TRIGGERS } from "@/lib/workstreams/automated-messages/message-text";
import type { AutomatedMessageLevel, AutomatedMessageValues } from "./automated-message-dialog";

// The message form (Radix Dialog, react-hook-form) loads when it is first opened (decision 039).
const AutomatedMessageDialog = lazyDialog(() => import("./automated-message-dialog").then((module) => module.AutomatedMessageDialog));

type Props = {
  workstreamId: string;
  channel: Channel;
  channelInstance?: AutomatedMessageLevel;
  messages: AutomatedMessageValues[];
  canManage: boolean;
};

export function AutomatedMessagesManager({ workstreamId, channel, channelInstance, messages, canManage }: Props) {
  const t = useTranslations("automatedMessages");
  const to = useTranslations("automatedMessages.overrides");
  const number = channelInstance?.numberLabel ?? "";
  const tc = useTranslations("common");
  const displayLocale = useLocale();
  const router = useRouter();
  const [editing, setEditing] = useState<AutomatedMessageValues | "new" | null>(null);
  const [deleting, setDeleting] = useState<AutomatedMessageValues | null>(null);
  const [, startTransition] = useTransition();
  // The switch moves at once; the server's answer (revalidated page) replaces it, or a failure reverts it.
  const [shown, setShownActive] = useOptimistic(messages, (current, change: { id: string; isActive: boolean }) =>
    current.map((message) => (message.id === change.id ? { ...message, isActive: change.isActive } : message)),
  );
  const names = (message: AutomatedMessageValues) => ({
    trigger: t.has(`triggers.${message.trigger}`) ? t(`triggers.${message.trigger}`) : message.trigger,
    locale: localeDisplayName(message.locale, displayLocale),
  });

  function setActive(message: AutomatedMessageValues, isActive: boolean) {
    startTransition(async () => {
      setShownActive({ id: message.id, isActive });
      const result = await setAutomatedMessageActiveAction({ messageId: message.id, isActive });
      if (!result.ok) return void toast.error(result.error);
      toast.success(t(isActive ? "activated" : "deactivated", names(message)));
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {channelInstance ? null : <p className="text-sm text-muted-foreground">{t("intro")}</p>}
      <InlineListFrame
        addLabel={canManage ? t("add") : null}
        onAdd={() => setEditing("new")}
        isEmpty={shown.length === 0}
        emptyIcon={MessageSquareText}
        emptyText={channelInstance ? to("empty", { number }) : t("empty")}
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead scope="col">{t("trigger")}</TableHead>
              <TableHead scope="col">{t("language")}</TableHead>
              <TableHead scope="col">{t("previewColumn")}</TableHead>
              <TableHead scope="col">{t("active")}</TableHead>
              <TableHead scope="col">
                <span className="sr-only">{tc("actions")}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((message) => {
              const { trigger, locale } = names(message);
              return (
                <TableRow key={message.id}>
                  <TableCell className="font-medium">{trigger}</TableCell>
                  <TableCell>
                    {locale} <span className="font-mono text-xs text-muted-foreground">{message.locale}</span>
                  </TableCell>
                  <TableCell className="max-w-md whitespace-pre-wrap">
                    <span className={message.isActive ? undefined : "text-muted-foreground"}>{previewAutomatedMessage(message.text)}</span>
                  </TableCell>
                  <TableCell>
                    <Switch
                      checked={message.isActive}
                      disabled={!canManage}
                      onCheckedChange={(checked) => setActive(message, checked)}
                      aria-label={t("activeFor", { trigger, locale })}
                    />
                  </TableCell>
                  <TableCell className="text-right">
                    {canManage ? (
                      <RowActionsMenu
                        label={t("rowActions", { trigger, locale })}
                        actions={[
                          { label: t("edit"), onSelect: () => setEditing(message) },
                          { label: t("delete"), destructive: true, onSelect: () => setDeleting(message) },
                        ]}
                      />
                    ) : null}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </InlineListFrame>
      {shown.length === 0 && !channelInstance ? <TriggerGuide /> : null}
      {editing ? (
        <AutomatedMessageDialog
          workstreamId={workstreamId}
          channel={channel}
          channelInstance={channelInstance}
          message={editing === "new" ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmActionDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={deleting ? t("deleteTitle", names(deleting)) : ""}
        description={channelInstance ? to("deleteDescription", { number }) : t("deleteDescription")}
        confirmLabel={t("delete")}
        action={() => deleteAutomatedMessageAction({ messageId: deleting?.id ?? "" })}
        success={deleting ? t("deleted", names(deleting)) : ""}
      />
    </div>
  );
}

/** The empty state's explanation: which moments can have a message. */
function TriggerGuide() {
  const t = useTranslations("automatedMessages");
  return (
    <section aria-labelledby="am-guide-title" className="text-sm">
      <h3 id="am-guide-title" className="mb-2 font-medium">
        {t("guideTitle")}
      </h3>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {AUTOMATED_MESSAGE_TRIGGERS.map((code) => (
          <div key={code} className="contents">
            <dt className="font-medium">{t(`triggers.${code}`)}</dt>
            <dd className="text-muted-foreground">{t(`triggerDescriptions.${code}`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
