"use client";
// The "Install integration" dialog, loaded when first opened (install-integration-dialog.tsx, decision 036).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { installIntegrationAction } from "@/lib/integrations/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function InstallIntegrationDialog({ open, onOpenChange: setOpen }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/integrations/integrations.schema").then((module) => module.installIntegrationSchema)),
    defaultValues: { name: "", notes: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await installIntegrationAction({ name: values.name, notes: values.notes ?? undefined });
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(`/channels/integrations/${result.data.id}?tab=configuration`);
  });

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("integrations.installTitle")}</DialogTitle>
          <DialogDescription>{t("integrations.installDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <FormField label={t("integrations.name")} htmlFor="integration-name" error={errorText(errors.name)}>
            <Input id="integration-name" {...form.register("name")} {...fieldA11y("integration-name", !!errors.name)} />
          </FormField>
          <FormField
            label={`${t("integrations.notes")} (${t("common.optional")})`}
            htmlFor="integration-notes"
            description={t("integrations.notesHint")}
            error={errorText(errors.notes)}
          >
            <Textarea
              id="integration-notes"
              rows={3}
              {...form.register("notes")}
              {...fieldA11y("integration-notes", !!errors.notes, true)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {t("integrations.install")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
