"use client";
// The agent's own presence, saved as soon as it changes (and followed when changed in another tab).
import { useTranslations } from "next-intl";
import { useCallback, useId, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Label } from "@/components/ui/label";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { setPresenceAction } from "@/lib/conversations/actions";
import type { Presence } from "@/lib/conversations/conversations.schema";
import { PRESENCES } from "@/lib/workstreams/workstreams.constants";
import { cn } from "@/lib/utils";
import { useLiveEvents } from "./live-updates";

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

  const option = (value: Presence) => (
    <span className="flex items-center gap-2">
      <span aria-hidden="true" className={cn("size-2.5 rounded-full", DOT[value])} />
      {label(value)}
    </span>
  );

  return (
    <div className="flex items-center gap-2">
      <Label htmlFor={id}>{t("conversations.presence.label")}</Label>
      <Select value={presence} onValueChange={change} disabled={isPending}>
        <SelectTrigger id={id} className="w-48">
          <SelectValue>{option(presence)}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {PRESENCES.map((value) => (
            <SelectItem key={value} value={value}>
              {option(value)}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
    </div>
  );
}
