"use client";
import { useTranslations } from "next-intl";
import { useWatch, type FieldError, type UseFormReturn } from "react-hook-form";
import { PasswordInput } from "@/components/forms/password-input";
import { useErrorText } from "@/components/forms/use-error-text";
import { Checkbox } from "@/components/ui/checkbox";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Channel, Provider } from "@/lib/accounts/accounts.constants";

type Props = {
  // The credential form's values are a union by provider; the fields only need them by name. A form
  // type is invariant in its values (UseFormReturn<FieldValues> doesn't accept it), hence `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  form: UseFormReturn<any, any, any>;
  provider: Provider;
  channel: Channel;
  hasSecret: boolean;
  onEdit: () => void;
};

export function CredentialFields({ form, provider, channel, hasSecret, onEdit }: Props) {
  const t = useTranslations("accounts.credentials");
  const errorText = useErrorText();
  const errors = (form.formState.errors.details ?? {}) as Record<string, FieldError | undefined>;
  const isSandbox = useWatch({ control: form.control, name: "details.isSandbox" }) as boolean;
  const register = (name: string) => form.register(`details.${name}`, { onChange: onEdit });
  const secretPlaceholder = hasSecret ? t("secretStored") : undefined;
  const secretHint = hasSecret ? t("secretKeepHint") : undefined;

  if (provider === "TELESIGN") {
    return (
      <>
        <FormField label={t("customerId")} htmlFor="customerId" description={t("customerIdHint")} error={errorText(errors.customerId)}>
          <Input
            id="customerId"
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            {...register("customerId")}
            {...fieldA11y("customerId", !!errors.customerId, true)}
          />
        </FormField>
        <FormField label={t("apiKey")} htmlFor="apiKey" description={secretHint ?? t("apiKeyHint")} error={errorText(errors.apiKey)}>
          <PasswordInput
            id="apiKey"
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            placeholder={secretPlaceholder}
            {...register("apiKey")}
            {...fieldA11y("apiKey", !!errors.apiKey, true)}
          />
        </FormField>
      </>
    );
  }
  return (
    <>
      <FormField label={t("accountSid")} htmlFor="accountSid" description={t("accountSidHint")} error={errorText(errors.accountSid)}>
        <Input
          id="accountSid"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          {...register("accountSid")}
          {...fieldA11y("accountSid", !!errors.accountSid, true)}
        />
      </FormField>
      <FormField
        label={t("authToken")}
        htmlFor="authToken"
        description={secretHint ?? t("authTokenHint")}
        error={errorText(errors.authToken)}
      >
        <PasswordInput
          id="authToken"
          autoComplete="off"
          spellCheck={false}
          className="font-mono"
          placeholder={secretPlaceholder}
          {...register("authToken")}
          {...fieldA11y("authToken", !!errors.authToken, true)}
        />
      </FormField>
      {channel === "WHATSAPP" ? (
        <div className="flex flex-col gap-3 rounded-lg border p-4">
          <div className="flex items-start gap-3">
            <Checkbox
              id="isSandbox"
              checked={isSandbox}
              onCheckedChange={(checked) => {
                form.setValue("details.isSandbox", checked === true, { shouldDirty: true });
                onEdit();
              }}
              aria-describedby="isSandbox-description"
            />
            <div className="flex flex-col gap-1">
              <Label htmlFor="isSandbox">{t("sandbox")}</Label>
              <p id="isSandbox-description" className="text-sm text-muted-foreground">
                {t("sandboxHint")}
              </p>
            </div>
          </div>
          {isSandbox ? (
            <FormField
              label={t("sandboxJoinCode")}
              htmlFor="sandboxJoinCode"
              description={t("sandboxJoinCodeHint")}
              error={errorText(errors.sandboxJoinCode)}
            >
              <Input
                id="sandboxJoinCode"
                autoComplete="off"
                {...register("sandboxJoinCode")}
                {...fieldA11y("sandboxJoinCode", !!errors.sandboxJoinCode, true)}
              />
            </FormField>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
