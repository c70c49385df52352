"use client";
// The account's inbound callback URL with a Copy button and where to paste it for the provider.
import { Check, Copy } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

type Props = { provider: "TWILIO" | "TELESIGN"; url: string; customerId: string | null };

export function CallbackInfo({ provider, url, customerId }: Props) {
  const t = useTranslations("accounts.callback");
  const id = useId();
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed"); // e.g. a browser without clipboard permission: the field stays selectable
    }
  }

  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor={id}>{t(provider === "TWILIO" ? "twilioLabel" : "telesignLabel")}</Label>
        <div className="flex gap-2">
          <Input id={id} readOnly value={url} className="font-mono text-xs" onFocus={(event) => event.currentTarget.select()} />
          <Button type="button" variant="outline" onClick={copy}>
            {status === "copied" ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
            {status === "copied" ? t("copied") : t("copy")}
          </Button>
        </div>
        <p aria-live="polite" className="text-sm text-muted-foreground empty:hidden">
          {status === "copied" ? t("copiedAnnouncement") : status === "failed" ? t("copyFailed") : ""}
        </p>
      </div>
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
