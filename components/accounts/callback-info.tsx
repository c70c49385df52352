"use client";
// The account's inbound callback URL with a Copy button and where to paste it for the provider.
import { Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import { CopyField } from "@/components/common/copy-field";

type Props = { provider: "TWILIO" | "TELESIGN"; url: string; customerId: string | null; isSandbox?: boolean };

// TeleSign sets callback URLs itself: the seeds (002, 004) name this address and a fixed subject line.
const TELESIGN_SUPPORT = "support@telesign.com";

export function CallbackInfo({ provider, url, customerId, isSandbox = false }: Props) {
  const t = useTranslations("accounts.callback");
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <CopyField label={t(provider === "TWILIO" ? "twilioLabel" : "telesignLabel")} value={url} />
      <section aria-labelledby="callback-where-title" className="rounded-lg border bg-muted/40 p-4 text-sm">
        <h3 id="callback-where-title" className="mb-2 font-medium">
          {t("whereTitle")}
        </h3>
        {provider === "TELESIGN" ? (
          <TelesignInstructions url={url} customerId={customerId ?? ""} />
        ) : isSandbox ? (
          // The WhatsApp sandbox's number isn't one of the account's phone numbers: it has its own page.
          <ol className="list-decimal space-y-1 pl-5">
            <li>{t("sandboxStep1")}</li>
            <li>{t("sandboxStep2")}</li>
            <li>{t("sandboxStep3")}</li>
          </ol>
        ) : (
          <ol className="list-decimal space-y-1 pl-5">
            <li>{t("twilioStep1")}</li>
            <li>{t("twilioStep2")}</li>
            <li>{t("twilioStep3")}</li>
            <li>{t("twilioStep4")}</li>
          </ol>
        )}
      </section>
    </div>
  );
}

function TelesignInstructions({ url, customerId }: { url: string; customerId: string }) {
  const t = useTranslations("accounts.callback");
  const subject = t("telesignSubject");
  const mailto = `mailto:${TELESIGN_SUPPORT}?${new URLSearchParams({ subject, body: t("telesignEmailBody", { url, customerId }) }).toString().replace(/\+/g, "%20")}`;
  return (
    <div className="flex flex-col gap-3">
      <p>{t("telesignInstructions", { customerId })}</p>
      <CopyField label={t("telesignSupportAddress")} value={TELESIGN_SUPPORT} copiedText={t("copiedText")} />
      <CopyField label={t("telesignSubjectLabel")} value={subject} copiedText={t("copiedText")} />
      <p>
        <a href={mailto} className="inline-flex items-center gap-1.5 font-medium underline underline-offset-4">
          <Mail aria-hidden="true" className="size-4" />
          {t("telesignWriteEmail")}
        </a>
      </p>
    </div>
  );
}
