"use client";
// The account's inbound callback URL with a Copy button and where to paste it for the provider.
import { useTranslations } from "next-intl";
import { CopyField } from "@/components/common/copy-field";

type Props = { provider: "TWILIO" | "TELESIGN"; url: string; customerId: string | null };

export function CallbackInfo({ provider, url, customerId }: Props) {
  const t = useTranslations("accounts.callback");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <CopyField label={t(provider === "TWILIO" ? "twilioLabel" : "telesignLabel")} value={url} />
      <div className="rounded-lg border bg-muted/40 p-4 text-sm">
        <h3 className="mb-2 font-medium">{t("whereTitle")}</h3>
        {provider === "TWILIO" ? (
          <ol className="list-decimal space-y-1 pl-5">
            <li>{t("twilioStep1")}</li>
            <li>{t("twilioStep2")}</li>
            <li>{t("twilioStep3")}</li>
            <li>{t("twilioStep4")}</li>
          </ol>
        ) : (
          <p>{t("telesignInstructions", { customerId: customerId ?? "" })}</p>
        )}
      </div>
    </div>
  );
}
