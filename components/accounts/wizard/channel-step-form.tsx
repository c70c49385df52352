"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { FormBanner } from "@/components/forms/form-banner";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { renameAccountAction } from "@/lib/accounts/actions";
import { CHANNELS, type Channel } from "@/lib/accounts/accounts.constants";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Props = { draft: { id: string; name: string; channel: Channel } | null; initial: { name?: string; channel?: Channel } };

/** Step 1. Before the draft exists the choice travels in the URL; afterwards the channel is fixed. */
export function ChannelStepForm({ draft, initial }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/accounts/accounts.schema").then((module) => module.channelStepSchema)),
    defaultValues: { name: draft?.name ?? initial.name ?? "", channel: draft?.channel ?? initial.channel ?? ("" as Channel) },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    if (!draft) {
      router.push(`/channels/accounts/new?${new URLSearchParams({ step: "account", name: values.name, channel: values.channel })}`);
      return;
    }
    const result = await renameAccountAction({ accountId: draft.id, name: values.name });
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    router.push(`/channels/accounts/${draft.id}/setup?step=account`);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormBanner message={banner} />
      <FormField
        label={t("accounts.name")}
        htmlFor="account-name"
        description={t("accounts.wizard.nameHint")}
        error={errorText(errors.name)}
      >
        <Input id="account-name" autoFocus {...form.register("name")} {...fieldA11y("account-name", !!errors.name, true)} />
      </FormField>
      <ChoiceCards
        legend={t("accounts.channel")}
        errorId="account-channel-error"
        error={errorText(errors.channel)}
        options={CHANNELS.map((channel) => ({
          value: channel,
          label: t(`accounts.channels.${channel}`),
          description: t(`accounts.wizard.channelHint.${channel}`),
          disabled: Boolean(draft) && draft?.channel !== channel,
        }))}
        {...form.register("channel")}
      />
      {draft ? <p className="text-sm text-muted-foreground">{t("accounts.wizard.channelFixed")}</p> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {t("accounts.wizard.next")}
        </Button>
      </div>
    </form>
  );
}
