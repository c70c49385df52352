"use client";
// The agent's own presence, saved as soon as it changes (and followed when changed in another tab).
// Radix Select loads on first use (decision 039), as LazySelect does for plain options: until then a
// button that looks and is announced like the closed select; hovering or focusing it starts loading,
// activating it (click, Enter, Space, ↓/↑) opens the loaded select.
import { ChevronDownIcon } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useId, useState, useTransition, type ComponentType } from "react";
import { toast } from "@/components/ui/toast";
import { Label } from "@/components/ui/label";
import { SELECT_TRIGGER_CLASS } from "@/components/ui/select-trigger-class";
import { setPresenceAction } from "@/lib/conversations/actions";
import type { Presence } from "@/lib/conversations/conversations.constants";
import { PRESENCES } from "@/lib/workstreams/workstreams.constants";
import { cn } from "@/lib/utils";
import { useLiveEvents } from "./live-updates";
import type { PresenceFieldProps } from "./presence-select-field";

const loadField = () => import("./presence-select-field").then((module) => module.PresenceSelectField);
const TRIGGER_CLASS = "w-48";

const DOT: Record<Presence, string> = {
  AVAILABLE: "bg-emerald-600",
  BUSY: "bg-red-600",
  BUSY_DND: "bg-red-700",
  AWAY: "bg-amber-500",
  APPEAR_OFFLINE: "border border-muted-foreground bg-transparent",
};

export function PresenceSelect({ initial }: { initial: Presence }) {
  const t = useTranslations();
  const id = useId();
  const [presence, setPresence] = useState<Presence>(initial);
  const [isPending, startTransition] = useTransition();
  const [Field, setField] = useState<ComponentType<PresenceFieldProps> | null>(null);
  const [opening, setOpening] = useState(false);
  const label = (value: Presence) => t(`workstreams.distribution.presenceOptions.${value}`);
  useLiveEvents(
    useCallback((event) => {
      if (event.type === "presence.changed" && (PRESENCES as readonly string[]).includes(event.presence))
        setPresence(event.presence as Presence);
    }, []),
  );

  function change(next: string) {
    const previous = presence;
    setPresence(next as Presence);
    startTransition(async () => {
      const result = await setPresenceAction({ presence: next as Presence });
      if (result.ok) {
        toast.success(t("conversations.presence.saved", { presence: label(result.data.presence) }));
      } else {
        setPresence(previous);
        toast.error(result.error);
      }
    });
  }

  const prefetch = () => void loadField().catch(() => undefined);
  const open = () => {
    setOpening(true);
    loadField().then(
      (component) => setField(() => component),
      () => setOpening(false), // offline or a new deployment: the button stays, a later click tries again
    );
  };

  const option = (value: Presence) => (
    <span className="flex items-center gap-2">
      <span aria-hidden="true" className={cn("size-2.5 rounded-full", DOT[value])} />
      {label(value)}
    </span>
  );

  return (
    <div className="flex items-center gap-2">
      <Label htmlFor={id}>{t("conversations.presence.label")}</Label>
      {Field ? (
        <Field
          id={id}
          value={presence}
          onChange={change}
          disabled={isPending}
          option={option}
          className={TRIGGER_CLASS}
          defaultOpen={opening}
        />
      ) : (
        <button
          type="button"
          id={id}
          role="combobox"
          aria-expanded={false}
          aria-controls={`${id}-list`}
          aria-autocomplete="none"
          disabled={isPending}
          data-slot="select-trigger"
          data-size="default"
          className={cn(SELECT_TRIGGER_CLASS, TRIGGER_CLASS)}
          onPointerEnter={prefetch}
          onFocus={prefetch}
          onClick={open}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
              event.preventDefault();
              open();
            }
          }}
        >
          <span data-slot="select-value">{option(presence)}</span>
          <ChevronDownIcon aria-hidden="true" className="size-4 opacity-50" />
        </button>
      )}
    </div>
  );
}
