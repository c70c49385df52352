import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { failureReasonKeys, knownOutcome } from "@/lib/message-log/reasons";

const OUTCOME_VARIANT = { rejected: "destructive", accepted: "outline", failed: "secondary", notApplied: "secondary" } as const;

/** Rejected, accepted in Monitor mode, failed while processed, or a status that changed nothing. */
export async function OutcomeBadge({ outcome }: { outcome: string }) {
  const t = await getTranslations("messageLog.rejected.outcomes");
  const known = knownOutcome(outcome);
  return <Badge variant={known ? OUTCOME_VARIANT[known] : "outline"}>{known ? t(known) : outcome}</Badge>;
}

/** Why a callback request was refused, and what to check. */
export async function FailureReason({ reason, provider, labelOnly = false }: { reason: string; provider: string; labelOnly?: boolean }) {
  const t = await getTranslations("messageLog.rejected.reasons");
  const keys = failureReasonKeys(reason, provider);
  if (!keys) return <span className="font-mono text-xs">{reason}</span>;
  if (labelOnly) return <span>{t(keys.label)}</span>;
  return (
    <div className="flex flex-col gap-0.5">
      <span className="font-medium">{t(keys.label)}</span>
      <span className="text-xs text-muted-foreground">{t(keys.hint)}</span>
    </div>
  );
}
