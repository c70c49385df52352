"use client";
// The bot's signing secret (decision 028): never shown again once the page that created it is left —
// a new one can be generated (the old one stops working at once, so the bot must be updated).
import { KeyRound } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { CopyField } from "@/components/common/copy-field";
import { Button } from "@/components/ui/button";
import { regenerateWorkstreamBotSecretAction } from "@/lib/workstreams/settings/actions";

export type BotSecretState = "none" | "set" | "unreadable";

/** The secret just created, shown this once with a Copy button. */
export function NewBotSecret({ secret, onDismiss }: { secret: string; onDismiss: () => void }) {
  const t = useTranslations("workstreamSettings.bot");
  return (
    <div role="status" className="flex flex-col gap-3 rounded-lg border border-amber-600/50 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-medium">
        <KeyRound aria-hidden="true" className="size-4" />
        {t("newSecretTitle")}
      </p>
      <p className="text-sm">{t("newSecretDescription")}</p>
      <CopyField label={t("secretLabel")} value={secret} copiedText={t("secretCopied")} />
      <div>
        <Button type="button" variant="outline" onClick={onDismiss}>
          {t("secretDone")}
        </Button>
      </div>
    </div>
  );
}

/** Whether a secret is set, and "Generate new secret" behind a confirmation. */
export function BotSecretControls({
  workstreamId,
  secretState,
  canManage,
  onGenerated,
}: {
  workstreamId: string;
  secretState: BotSecretState;
  canManage: boolean;
  onGenerated: (secret: string) => void;
}) {
  const t = useTranslations("workstreamSettings.bot");
  const [isConfirming, setIsConfirming] = useState(false);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium">{t("secretTitle")}</p>
      <p className="text-sm text-muted-foreground">{t(`secretState.${secretState}`)}</p>
      {canManage ? (
        <div>
          <Button type="button" variant="outline" onClick={() => setIsConfirming(true)}>
            {t("regenerate")}
          </Button>
        </div>
      ) : null}
      <ConfirmActionDialog
        open={isConfirming}
        onOpenChange={setIsConfirming}
        title={t("regenerateTitle")}
        description={t("regenerateDescription")}
        confirmLabel={t("regenerate")}
        action={() => regenerateWorkstreamBotSecretAction({ workstreamId })}
        success={t("regenerated")}
        onSuccess={(data) => onGenerated(data.secret)}
      />
    </div>
  );
}
