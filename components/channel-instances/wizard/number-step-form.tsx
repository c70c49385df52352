"use client";
// Step 1. Nothing is saved until a number is chosen; then the draft instance exists and the URL
// carries its id, so Back, Refresh and "continue later" work from step 2 on.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "@/components/forms/use-form";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { saveChannelNumberAction } from "@/lib/channel-instances/actions";
import { setupHref } from "./steps";
import { StepActions, type ExitLink } from "./step-actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type NumberChoiceView = {
  id: string;
  providerFormat: string;
  international: string | null;
  displayName: string | null;
  accountName: string;
  accountStatus: "DRAFT" | "ACTIVE" | "INACTIVE";
};

type Props = {
  workstreamId: string;
  instance: { id: string; numberId: string } | null;
  choices: NumberChoiceView[];
  backHref: string;
  exit: ExitLink;
};

export function NumberStepForm({ workstreamId, instance, choices, backHref, exit }: Props) {
  const t = useTranslations("channelSetup.number");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/channel-instances/channel-instances.schema").then((module) => module.numberStepSchema)),
    defaultValues: { workstreamId, instanceId: instance?.id, numberId: instance?.numberId ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveChannelNumberAction(values);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(setupHref(workstreamId, result.data.id, "language"));
  });

  const describe = (choice: NumberChoiceView) => {
    const account =
      choice.accountStatus === "ACTIVE" ? choice.accountName : t(`accountStatus.${choice.accountStatus}`, { account: choice.accountName });
    return [choice.displayName, choice.international, account].filter(Boolean).join(" · ");
  };

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <FormBanner message={banner} />
      <p className="text-sm text-muted-foreground">{t("intro")}</p>
      <ChoiceCards
        legend={t("legend")}
        errorId="numberId-error"
        error={errorText(errors.numberId)}
        options={choices.map((choice) => ({ value: choice.id, label: choice.providerFormat, description: describe(choice) }))}
        {...form.register("numberId")}
      />
      <StepActions backHref={backHref} exit={exit} isSubmitting={isSubmitting} />
    </form>
  );
}
