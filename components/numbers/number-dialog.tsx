"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveNumberAction } from "@/lib/numbers/actions";
import { SMS_NUMBER_TYPES } from "@/lib/numbers/number-format";
import type { NumberFields } from "@/lib/numbers/numbers.schema";
import { countryOptions } from "./country-options";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { MessagingServiceField } from "./messaging-service-field";

type Props = {
  account: { id: string; channel: "SMS" | "WHATSAPP"; provider: "TWILIO" | "TELESIGN" };
  number?: {
    id: string;
    value: string;
    type: string | null;
    country: string | null;
    displayName: string | null;
    description: string | null;
    messagingServiceSid?: string | null;
    sendRatePerSecond?: number | null;
  };
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Where the focus goes once the dialog has closed (default: back to what opened it). */
  onCloseAutoFocus?: (event: Event) => void;
};

export function NumberDialog({ account, number, open, onOpenChange, onCloseAutoFocus }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const isSms = account.channel === "SMS";
  const defaults: NumberFields = {
    accountId: account.id,
    numberId: number?.id,
    value: number?.value ?? "",
    type: number?.type ?? (isSms ? SMS_NUMBER_TYPES[account.provider][0] : undefined),
    country: number?.country ?? "",
    displayName: number?.displayName ?? "",
    description: number?.description ?? "",
    messagingServiceSid: number?.messagingServiceSid ?? "",
    sendRatePerSecond: number?.sendRatePerSecond ? String(number.sendRatePerSecond) : "",
  };
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/numbers/numbers.schema").then((module) => module.numberFormSchema(account.channel, account.provider)),
    ),
    defaultValues: defaults,
  });
  const type = useWatch({ control: form.control, name: "type" });
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const { errors, isSubmitting } = form.formState;

  function close(next: boolean) {
    onOpenChange(next);
    if (!next) {
      form.reset(defaults);
      setBanner(null);
    }
  }

  const onSubmit = form.handleSubmit(async () => {
    setBanner(null);
    // The raw fields go to the server, which applies the same rules for the account it loads.
    const result = await saveNumberAction(form.getValues());
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(number ? t("numbers.updated") : t("numbers.added"));
    close(false);
    router.refresh();
  });

  const valueHint = isSms ? (type === "SHORT_CODE" ? t("numbers.shortCodeHint") : t("numbers.smsHint")) : t("numbers.whatsappHint");
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={t("common.close")} onCloseAutoFocus={onCloseAutoFocus}>
        <DialogHeader>
          <DialogTitle>{number ? t("numbers.editTitle") : t("numbers.addTitle")}</DialogTitle>
          <DialogDescription>{t(`numbers.formatHelp.${isSms ? account.provider : "WHATSAPP"}`)}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          {isSms ? (
            <FormField label={t("numbers.type")} htmlFor="number-type" error={errorText(errors.type)}>
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <OptionSelect
                    id="number-type"
                    value={field.value ?? ""}
                    onChange={field.onChange}
                    invalid={!!errors.type}
                    options={SMS_NUMBER_TYPES[account.provider].map((value) => ({ value, label: t(`numbers.types.${value}`) }))}
                  />
                )}
              />
            </FormField>
          ) : (
            <FormField
              label={t("numbers.displayName")}
              htmlFor="number-name"
              description={t("numbers.displayNameHint")}
              error={errorText(errors.displayName)}
            >
              <Input id="number-name" {...form.register("displayName")} {...fieldA11y("number-name", !!errors.displayName, true)} />
            </FormField>
          )}
          {isSms && type === "SHORT_CODE" ? (
            <FormField label={t("numbers.country")} htmlFor="number-country" error={errorText(errors.country)}>
              <Controller
                control={form.control}
                name="country"
                render={({ field }) => (
                  <OptionSelect
                    id="number-country"
                    value={field.value ?? ""}
                    onChange={field.onChange}
                    invalid={!!errors.country}
                    options={countries}
                  />
                )}
              />
            </FormField>
          ) : null}
          <FormField label={t("numbers.number")} htmlFor="number-value" description={valueHint} error={errorText(errors.value)}>
            <Input
              id="number-value"
              inputMode={isSms ? "numeric" : "tel"}
              autoComplete="off"
              className="font-mono"
              {...form.register("value")}
              {...fieldA11y("number-value", !!errors.value, true)}
            />
          </FormField>
          <FormField
            label={`${t("numbers.description")} (${t("common.optional")})`}
            htmlFor="number-description"
            error={errorText(errors.description)}
          >
            <Input id="number-description" {...form.register("description")} {...fieldA11y("number-description", !!errors.description)} />
          </FormField>
          {account.provider === "TWILIO" ? (
            <FormField
              label={t("numbers.messagingService.label")}
              htmlFor="number-messaging-service"
              description={t("numbers.messagingService.hint")}
              error={errorText(errors.messagingServiceSid)}
            >
              <Controller
                control={form.control}
                name="messagingServiceSid"
                render={({ field }) => (
                  <MessagingServiceField
                    id="number-messaging-service"
                    accountId={account.id}
                    value={field.value ?? ""}
                    onChange={field.onChange}
                    invalid={!!errors.messagingServiceSid}
                  />
                )}
              />
            </FormField>
          ) : null}
          <FormField
            label={`${t("numbers.sendRate.label")} (${t("common.optional")})`}
            htmlFor="number-send-rate"
            description={t("numbers.sendRate.hint")}
            error={errorText(errors.sendRatePerSecond)}
          >
            <Input
              id="number-send-rate"
              inputMode="decimal"
              autoComplete="off"
              className="max-w-40"
              {...form.register("sendRatePerSecond")}
              {...fieldA11y("number-send-rate", !!errors.sendRatePerSecond)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => close(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("common.saving") : number ? t("common.save") : t("numbers.add")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
