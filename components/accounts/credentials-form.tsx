"use client";
// Account details (wizard step 2 and the account page): provider credentials, a live "Validate", and
// saving — validated on the server, or explicitly without validation after a confirmation.
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import type { z } from "zod";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { createDraftAccountAction, updateAccountDetailsAction, validateCredentialsAction } from "@/lib/accounts/actions";
import { PROVIDERS_BY_CHANNEL, type Channel, type Provider } from "@/lib/accounts/accounts.constants";
import type { accountDetailsSchema, credentialsFormSchemas } from "@/lib/accounts/accounts.schema";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import type { ActionResult } from "@/lib/actions/result";
import { ConfirmSkipValidation } from "./confirm-skip-validation";
import { CredentialFields } from "./credential-fields";

export type StoredAccount = {
  id: string;
  channel: Channel;
  provider: Provider;
  twilioAccountSid: string | null;
  telesignCustomerId: string | null;
  isSandbox: boolean;
  sandboxJoinCode: string | null;
  hasSecret: boolean;
};

type Props = (
  | { mode: "create"; name: string; channel: Channel; account?: undefined; nextHref?: undefined }
  | { mode: "update"; account: StoredAccount; nextHref: string | null; name?: undefined; channel?: undefined }
) & { /** In the wizard: step 1. */ backHref?: string };

type Validated = { providerName: string | null; providerType: string | null; providerStatus: string | null };

function formDefaults(props: Props) {
  const account = props.account;
  return {
    details: {
      provider: account?.provider ?? "TWILIO",
      accountSid: account?.twilioAccountSid ?? "",
      authToken: "",
      isSandbox: account?.isSandbox ?? false,
      sandboxJoinCode: account?.sandboxJoinCode ?? "",
      customerId: account?.telesignCustomerId ?? "",
      apiKey: "",
    },
  };
}

type Schema = (typeof credentialsFormSchemas)["create" | "update"];

export function CredentialsForm(props: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const channel = props.mode === "create" ? props.channel : props.account.channel;
  const mode = props.mode;
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: lazyZodResolver<Schema>(() => import("@/lib/accounts/accounts.schema").then((module) => module.credentialsFormSchemas[mode])),
    defaultValues: formDefaults(props),
  });
  const provider: Provider = useWatch({ control: form.control, name: "details.provider" });
  const [banner, setBanner] = useState<string | null>(null);
  const [validated, setValidated] = useState<Validated | null>(null);
  const [isValidating, setIsValidating] = useState(false);
  const { isSubmitting, errors } = form.formState;

  function report<T>(result: ActionResult<T>): result is { ok: true; data: T } {
    if (result.ok) return true;
    setValidated(null);
    setBanner(applyActionFailure(form, result));
    return false;
  }

  const validate = form.handleSubmit(async ({ details }) => {
    setBanner(null);
    setIsValidating(true);
    const result = await validateCredentialsAction({ accountId: props.account?.id, details });
    setIsValidating(false);
    if (report(result)) setValidated(result.data);
  });

  async function save(details: z.output<Schema>["details"], skipValidation: boolean) {
    setBanner(null);
    if (props.mode === "create") {
      const result = await createDraftAccountAction({
        name: props.name,
        channel: props.channel,
        details: details as z.output<typeof accountDetailsSchema>,
        skipValidation,
      });
      if (report(result)) router.push(`/channels/accounts/${result.data.id}/setup?step=numbers`);
      return;
    }
    const result = await updateAccountDetailsAction({ accountId: props.account.id, details, skipValidation });
    if (!report(result)) return;
    if (props.nextHref) router.push(props.nextHref);
    else {
      toast.success(t("accounts.credentials.saved"));
      form.resetField("details.authToken");
      form.resetField("details.apiKey");
      router.refresh();
    }
  }

  const onSubmit = form.handleSubmit(({ details }) => save(details, false));
  const saveLabel = props.mode === "create" || props.nextHref ? t("accounts.wizard.next") : t("common.save");

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormBanner message={banner} />
      {props.mode === "create" ? (
        <ChoiceCards
          legend={t("accounts.provider")}
          errorId="provider-error"
          error={errorText(errors.details?.provider)}
          options={PROVIDERS_BY_CHANNEL[channel].map((value) => ({
            value,
            label: t(`accounts.providers.${value}`),
            description: t(`accounts.credentials.providerHint.${value}`),
          }))}
          {...form.register("details.provider", { onChange: () => setValidated(null) })}
        />
      ) : (
        <p className="text-sm">
          <span className="text-muted-foreground">{t("accounts.provider")}: </span>
          {t(`accounts.providers.${provider}`)}
        </p>
      )}
      <CredentialFields
        form={form}
        provider={provider}
        channel={channel}
        hasSecret={props.account?.hasSecret ?? false}
        onEdit={() => setValidated(null)}
      />
      {validated ? (
        <Alert role="status">
          <CircleCheck aria-hidden="true" />
          <AlertTitle>{t("accounts.credentials.valid")}</AlertTitle>
          <AlertDescription>
            {provider === "TWILIO"
              ? t("accounts.credentials.twilioDetails", {
                  name: validated.providerName ?? "",
                  type: validated.providerType ?? "",
                  status: validated.providerStatus ?? "",
                })
              : t("accounts.credentials.telesignDetails")}
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {props.backHref ? (
          <Button asChild variant="outline">
            <Link href={props.backHref}>{t("accounts.wizard.back")}</Link>
          </Button>
        ) : null}
        <Button type="button" variant="outline" onClick={validate} disabled={isValidating || isSubmitting}>
          {isValidating ? t("accounts.credentials.validating") : t("accounts.credentials.validate")}
        </Button>
        <Button type="submit" disabled={isValidating || isSubmitting}>
          {isSubmitting ? t("common.saving") : saveLabel}
        </Button>
        <ConfirmSkipValidation
          disabled={isValidating || isSubmitting}
          onConfirm={form.handleSubmit(({ details }) => save(details, true))}
        />
      </div>
    </form>
  );
}
