"use client";
// "Your preferences": the time zone every date and time is shown in for the signed-in user.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTimeZone, useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { TimeZoneField } from "@/components/operating-hours/time-zone-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { savePreferencesAction } from "@/lib/auth/actions";
import { savePreferencesSchema } from "@/lib/users/users.schema";

export function PreferencesDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const current = useTimeZone() ?? "UTC";
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(savePreferencesSchema), defaultValues: { timeZone: current }, mode: "onTouched" });
  const { errors, isSubmitting } = form.formState;

  function changeOpen(next: boolean) {
    onOpenChange(next);
    if (!next) {
      form.reset({ timeZone: current });
      setBanner(null);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await savePreferencesAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(t("preferences.saved"));
    onOpenChange(false);
    form.reset({ timeZone: result.data.timeZone });
    router.refresh();
  });

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("preferences.title")}</DialogTitle>
          <DialogDescription>{t("preferences.description")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <Controller
            control={form.control}
            name="timeZone"
            render={({ field }) => (
              <TimeZoneField
                id="preferences-time-zone"
                label={t("preferences.timeZone")}
                field={field}
                error={errorText(errors.timeZone)}
              />
            )}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => changeOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("preferences.saving") : t("preferences.save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
