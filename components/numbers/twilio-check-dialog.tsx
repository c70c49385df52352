"use client";
import { CircleAlert, CircleCheck } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";

export type TwilioCheck =
  | { found: false }
  | { found: true; smsCapable: boolean; smsUrl: string | null; smsApplicationSid: string | null; pointsHere: boolean; expectedUrl: string };

function Line({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  const Icon = ok ? CircleCheck : CircleAlert;
  return (
    <li className="flex items-start gap-2">
      <Icon aria-hidden="true" className={ok ? "mt-0.5 size-4 text-emerald-700" : "mt-0.5 size-4 text-amber-700"} />
      <span>{children}</span>
    </li>
  );
}

/** What "Check in Twilio" found; a webhook elsewhere is a warning, not an error. */
export function TwilioCheckDialog({ number, check, onClose }: { number: string; check: TwilioCheck | null; onClose: () => void }) {
  const t = useTranslations("numbers.twilioCheck");
  return (
    <Dialog open={check !== null} onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("close")}>
        <DialogHeader>
          <DialogTitle>{t("title", { number })}</DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>
        {check ? (
          <ul className="flex flex-col gap-2 text-sm">
            {!check.found ? (
              <Line ok={false}>{t("notFound")}</Line>
            ) : (
              <>
                <Line ok>{t("found")}</Line>
                <Line ok={check.smsCapable}>{check.smsCapable ? t("smsCapable") : t("notSmsCapable")}</Line>
                {check.smsApplicationSid ? <Line ok={false}>{t("application", { sid: check.smsApplicationSid })}</Line> : null}
                {check.pointsHere ? (
                  <Line ok>{t("pointsHere")}</Line>
                ) : (
                  <Line ok={false}>
                    {t("pointsElsewhere", { url: check.smsUrl || t("noUrl") })}
                    <span className="mt-1 block break-all font-mono text-xs">{check.expectedUrl}</span>
                  </Line>
                )}
              </>
            )}
          </ul>
        ) : null}
        <DialogFooter>
          <Button type="button" onClick={onClose}>
            {t("close")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
