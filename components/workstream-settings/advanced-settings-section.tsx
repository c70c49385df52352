"use client";
// Advanced settings of a workstream (SPEC §2): quick replies per language and the notification agents
// get for each event. One form, saved together, because both are stored on the workstream itself.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { saveWorkstreamAdvancedSettingsAction } from "@/lib/workstreams/settings/actions";
import { notificationTemplateRows } from "@/lib/workstreams/settings/advanced-settings.constants";
import type { AdvancedSettingsForm } from "@/lib/workstreams/settings/advanced-settings.schema";
import { NotificationTemplateFields } from "./notification-template-fields";
import { QuickReplyFields } from "./quick-reply-fields";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type AdvancedSettingsSectionProps = {
  workstreamId: string;
  quickReplies: { locale: string; text: string }[];
  notificationTemplates: { event: string; title: string; body: string }[];
  canManage: boolean;
};

export function AdvancedSettingsSection({ workstreamId, quickReplies, notificationTemplates, canManage }: AdvancedSettingsSectionProps) {
  const t = useTranslations("workstreamSettings.advanced");
  const tc = useTranslations("common");
  const router = useRouter();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/workstreams/settings/advanced-settings.schema").then((module) => module.advancedSettingsSchema),
    ),
    defaultValues: {
      workstreamId,
      quickReplies: quickReplies.map(({ locale, text }) => ({
        locale: locale as AdvancedSettingsForm["quickReplies"][number]["locale"],
        text,
      })),
      notificationTemplates: notificationTemplateRows(notificationTemplates),
    },
  });
  const { isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setBanner(null);
    const result = await saveWorkstreamAdvancedSettingsAction(input);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    toast.success(t("saved"));
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-8">
      <fieldset disabled={!canManage} className="flex flex-col gap-8">
        <FormBanner message={banner} />
        <QuickReplyFields form={form} canManage={canManage} />
        <NotificationTemplateFields form={form} />
        {canManage ? (
          <div>
            <Button type="submit" disabled={isSubmitting || !isDirty}>
              {isSubmitting ? tc("saving") : tc("save")}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
