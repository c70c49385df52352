import { getTranslations } from "next-intl/server";
import { knownHeldReason } from "@/lib/message-log/reasons";

type Props = { reason: string; to: string | null; labelOnly?: boolean; label?: string };

/** A hold reason in words (or the given `label`), with what to fix before replaying (`labelOnly` once it no longer applies). */
export async function HeldReason({ reason, to, labelOnly = false, label }: Props) {
  const t = await getTranslations("messageLog.held.reasons");
  const known = knownHeldReason(reason);
  if (!known) return <span className="font-mono text-xs">{label ?? reason}</span>;
  if (labelOnly) return <span className="text-muted-foreground">{label ?? t(`${known}.label`)}</span>;
  return (
    <div className="flex flex-col gap-0.5">
      <span className="font-medium">{label ?? t(`${known}.label`)}</span>
      <span className="text-xs text-muted-foreground">
        {known === "unknownNumber" && !to ? t("unknownNumber.explanationNoNumber") : t(`${known}.explanation`, { to: to ?? "—" })}
      </span>
    </div>
  );
}
