"use client";
// Transfer a conversation (decision 029): to an agent of its queue or to a queue, found by a search on
// the server, with an optional note for the receiver. Agents who can't take it now (presence, full)
// are listed but can't be chosen, with the reason. The server checks everything again.
import { ArrowRightLeft } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState, type FormEvent } from "react";
import { keepPreviousData, useLazyQuery, useLazyQueryClient } from "@/components/common/lazy-query";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { TransferTargetType } from "@/lib/conversations/transfer.schema";
import { transferConversationAction } from "@/lib/conversations/workspace-actions";
import { cn } from "@/lib/utils";
import { fetchTransferTargets } from "./fetchers";
import { conversationKeys } from "./query-keys";

const SEARCH_DELAY_MS = 250;

type Props = { conversationId: string; open: boolean; onOpenChange: (open: boolean) => void };

export function TransferDialog({ conversationId, open, onOpenChange }: Props) {
  const t = useTranslations("conversations.transfer");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>{t("title")}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {open ? <TransferForm conversationId={conversationId} onDone={() => onOpenChange(false)} /> : null}
      </DialogContent>
    </Dialog>
  );
}

function TransferForm({ conversationId, onDone }: { conversationId: string; onDone: () => void }) {
  const t = useTranslations("conversations.transfer");
  const queryClient = useLazyQueryClient();
  const ids = useId();
  const [targetType, setTargetType] = useState<TransferTargetType>("agent");
  const [search, setSearch] = useState("");
  const [q, setQ] = useState("");
  const [targetId, setTargetId] = useState("");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(search.trim()), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [search]);

  const targets = useLazyQuery(
    {
      queryKey: conversationKeys.transferTargets(conversationId, q),
      queryFn: () => fetchTransferTargets(conversationId, q),
      placeholderData: keepPreviousData,
    },
    { data: undefined },
  );

  const options =
    targetType === "agent"
      ? (targets.data?.agents ?? []).map((agent) => ({
          id: agent.id,
          label: agent.name,
          hint: !agent.isAvailable ? t("unavailable") : !agent.hasRoom ? t("full") : null,
          disabled: !agent.isAvailable || !agent.hasRoom,
        }))
      : (targets.data?.queues ?? []).map((queue) => ({
          id: queue.id,
          label: queue.name,
          hint: queue.isCurrent ? t("currentQueue") : null,
          disabled: false,
        }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBanner(null);
    if (!targetId) {
      setErrors({ targetId: t(targetType === "agent" ? "chooseAgent" : "chooseQueue") });
      document.getElementById(`${ids}-search`)?.focus();
      return;
    }
    setIsSubmitting(true);
    const result = await transferConversationAction({ conversationId, targetType, targetId, note });
    setIsSubmitting(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setBanner(result.fieldErrors ? null : result.error);
      await queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) });
      return;
    }
    toast.success(result.data.agent ? t("doneAgent", { name: result.data.agent }) : t("doneQueue", { queue: result.data.queue ?? "" }));
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() }),
    ]);
    onDone();
  }

  const listId = `${ids}-targets`;
  const targetError = errors.targetId ?? errors.targetType;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="flex flex-col gap-4">
      <FormBanner message={banner} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-medium">{t("to")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["agent", "queue"] as const).map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${ids}-type`}
                value={type}
                checked={targetType === type}
                onChange={() => {
                  setTargetType(type);
                  setTargetId("");
                  setErrors({});
                }}
                className="size-4 accent-primary"
              />
              {t(`types.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <FormField label={t(targetType === "agent" ? "searchAgents" : "searchQueues")} htmlFor={`${ids}-search`}>
        <Input
          id={`${ids}-search`}
          type="search"
          value={search}
          autoComplete="off"
          onChange={(event) => setSearch(event.target.value)}
          aria-controls={listId}
        />
      </FormField>
      <fieldset aria-describedby={targetError ? `${listId}-error` : undefined} className="flex flex-col gap-1">
        <legend className="sr-only">{t(targetType === "agent" ? "agentList" : "queueList")}</legend>
        <div id={listId} className="flex max-h-56 flex-col gap-1 overflow-y-auto rounded-md border p-1" aria-busy={targets.isFetching}>
          {targets.isError ? (
            <p className="p-2 text-sm text-destructive">{t("loadFailed")}</p>
          ) : targets.isPending ? (
            <p className="p-2 text-sm text-muted-foreground">{t("loading")}</p>
          ) : options.length === 0 ? (
            <p className="p-2 text-sm text-muted-foreground">{t(targetType === "agent" ? "noAgents" : "noQueues")}</p>
          ) : (
            options.map((option) => (
              <label
                key={option.id}
                className={cn(
                  "flex items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
                  option.disabled ? "text-muted-foreground" : "hover:bg-accent",
                  targetId === option.id && "bg-accent",
                )}
              >
                <input
                  type="radio"
                  name={`${ids}-target`}
                  value={option.id}
                  checked={targetId === option.id}
                  disabled={option.disabled}
                  onChange={() => {
                    setTargetId(option.id);
                    setErrors(({ targetId: _, ...rest }) => rest);
                  }}
                  className="size-4 accent-primary"
                />
                <span className="flex-1">{option.label}</span>
                {option.hint ? <span className="text-xs text-muted-foreground">{option.hint}</span> : null}
              </label>
            ))
          )}
        </div>
        <p id={`${listId}-error`} aria-live="polite" className="text-sm text-destructive empty:hidden">
          {targetError ?? ""}
        </p>
      </fieldset>
      <FormField label={t("note")} htmlFor={`${ids}-note`} description={t("noteHint")} error={errors.note}>
        <Textarea
          id={`${ids}-note`}
          rows={2}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          {...fieldA11y(`${ids}-note`, Boolean(errors.note), true)}
        />
      </FormField>
      <DialogFooter>
        <Button type="button" variant="outline" onClick={onDone}>
          {t("cancel")}
        </Button>
        <Button type="submit" disabled={isSubmitting}>
          <ArrowRightLeft aria-hidden="true" />
          {isSubmitting ? t("transferring") : t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
