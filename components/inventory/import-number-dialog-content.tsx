"use client";
// The "Import number" dialog, loaded when first opened (import-number-dialog.tsx, decision 036).
// "Import number", one at a time: integration, type and sender ID; for short codes the "Required
// interaction" step (Help, Opt-out, Re-opt-in: keywords and reply). Provisioning then runs in the background.
import { useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type FormEvent } from "react";
import { Controller, useForm, useWatch, type FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { SearchCombobox, type ComboboxChoice } from "@/components/common/search-combobox";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { countryOptions } from "@/components/numbers/country-options";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { Textarea } from "@/components/ui/textarea";
import { importNumberAction } from "@/lib/inventory/actions";
import { COMPLIANCE_INTERACTIONS, IMPORT_NUMBER_TYPES, type ImportNumberInput } from "@/lib/inventory/import-rules";
import { inventoryKeys } from "./query-keys";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

const EMPTY_INTERACTION = { keywords: "", message: "" };
const DEFAULTS: ImportNumberInput = {
  accountId: "",
  type: "LOCAL",
  senderId: "",
  country: "",
  compliance: { help: EMPTY_INTERACTION, optOut: EMPTY_INTERACTION, reOptIn: EMPTY_INTERACTION },
};

export function ImportNumberDialog({ open, onOpenChange: setOpen }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const t = useTranslations();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const errorText = useErrorText();
  const [stage, setStage] = useState<"number" | "compliance">("number");
  const [banner, setBanner] = useState<string | null>(null);
  const [integration, setIntegration] = useState<ComboboxChoice | null>(null);
  // A field turns red once it was left or the admin tried to continue, never on arrival.
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/inventory/import-rules").then((module) => module.importNumberSchema)),
    mode: "onTouched",
    defaultValues: DEFAULTS,
  });
  const type = useWatch({ control: form.control, name: "type" });
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const { errors, isSubmitting } = form.formState;
  const complianceErrors = errors.compliance as Record<string, Record<string, FieldError | undefined> | undefined> | undefined;

  function close(next: boolean) {
    setOpen(next);
    if (!next) {
      form.reset(DEFAULTS);
      setStage("number");
      setBanner(null);
    }
  }

  const submit = form.handleSubmit(
    async (values) => {
      setBanner(null);
      const result = await importNumberAction({
        ...form.getValues(),
        country: values.country || undefined,
        compliance: values.type === "SHORT_CODE" ? form.getValues("compliance") : undefined,
      });
      if (!result.ok) {
        setBanner(applyActionFailure(form, result));
        if (!Object.keys(result.fieldErrors ?? {}).some((field) => field.startsWith("compliance"))) setStage("number");
        return;
      }
      toast.info(t("inventory.importStarted"));
      close(false);
      await queryClient.invalidateQueries({ queryKey: inventoryKeys.imports() });
    },
    (invalid) => setStage(Object.keys(invalid).some((field) => field !== "compliance") ? "number" : "compliance"),
  );

  async function next() {
    // Short codes need their compliance interactions before the import can be confirmed.
    if (await form.trigger(["accountId", "type", "senderId", "country"])) setStage("compliance");
  }

  const isShortCode = type === "SHORT_CODE";
  function onFormSubmit(event: FormEvent<HTMLFormElement>) {
    // Enter on a short code's first stage moves on, like Next, instead of importing with empty interactions.
    if (isShortCode && stage === "number") {
      event.preventDefault();
      void next();
      return;
    }
    void submit(event);
  }

  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent closeLabel={t("common.close")} className="sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>{stage === "number" ? t("inventory.importTitle") : t("inventory.requiredInteraction")}</DialogTitle>
          <DialogDescription>
            {stage === "number" ? t("inventory.importDescription") : t("inventory.requiredInteractionDescription")}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={onFormSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <div hidden={stage !== "number"} className="flex flex-col gap-4">
            <FormField label={t("inventory.integration")} htmlFor="import-integration" error={errorText(errors.accountId)}>
              <Controller
                control={form.control}
                name="accountId"
                render={({ field }) => (
                  <SearchCombobox
                    id="import-integration"
                    label={t("inventory.integration")}
                    source="/api/choices/importTargets"
                    selected={field.value && integration?.id === field.value ? integration : null}
                    onSelect={(choice) => {
                      setIntegration(choice);
                      field.onChange(choice?.id ?? "");
                      field.onBlur();
                    }}
                    invalid={!!errors.accountId}
                    placeholder={t("inventory.chooseIntegration")}
                    className="w-full"
                  />
                )}
              />
            </FormField>
            <FormField label={t("numbers.type")} htmlFor="import-type" error={errorText(errors.type)}>
              <Controller
                control={form.control}
                name="type"
                render={({ field }) => (
                  <OptionSelect
                    id="import-type"
                    value={field.value}
                    onChange={field.onChange}
                    invalid={!!errors.type}
                    options={IMPORT_NUMBER_TYPES.map((value) => ({ value, label: t(`inventory.importTypes.${value}`) }))}
                  />
                )}
              />
            </FormField>
            <FormField
              label={isShortCode ? t("numbers.country") : `${t("numbers.country")} (${t("common.optional")})`}
              htmlFor="import-country"
              error={errorText(errors.country)}
            >
              <Controller
                control={form.control}
                name="country"
                render={({ field }) => (
                  <OptionSelect
                    id="import-country"
                    value={field.value ?? ""}
                    onChange={field.onChange}
                    invalid={!!errors.country}
                    placeholder={t("inventory.chooseCountry")}
                    options={countries}
                  />
                )}
              />
            </FormField>
            <FormField
              label={t("inventory.senderId")}
              htmlFor="import-sender"
              description={isShortCode ? t("inventory.senderIdShortCodeHint") : t("inventory.senderIdHint")}
              error={errorText(errors.senderId)}
            >
              <Input
                id="import-sender"
                className="font-mono"
                autoComplete="off"
                {...form.register("senderId")}
                {...fieldA11y("import-sender", !!errors.senderId, true)}
              />
            </FormField>
          </div>
          {stage === "compliance" ? (
            <Tabs defaultValue="help">
              <TabsList>
                {COMPLIANCE_INTERACTIONS.map((tab) => (
                  <TabsTrigger key={tab} value={tab}>
                    {t(`inventory.interactions.${tab}`)}
                    {complianceErrors?.[tab] ? <span className="sr-only"> ({t("inventory.tabHasErrors")})</span> : null}
                    {complianceErrors?.[tab] ? (
                      <span aria-hidden="true" className="ml-1 text-destructive">
                        •
                      </span>
                    ) : null}
                  </TabsTrigger>
                ))}
              </TabsList>
              {COMPLIANCE_INTERACTIONS.map((tab) => (
                <TabsContent key={tab} value={tab} className="flex flex-col gap-4 pt-2">
                  <FormField
                    label={t("inventory.keywords")}
                    htmlFor={`import-${tab}-keywords`}
                    description={t("inventory.keywordsHint")}
                    error={errorText(complianceErrors?.[tab]?.keywords)}
                  >
                    <Input
                      id={`import-${tab}-keywords`}
                      {...form.register(`compliance.${tab}.keywords`)}
                      {...fieldA11y(`import-${tab}-keywords`, !!complianceErrors?.[tab]?.keywords, true)}
                    />
                  </FormField>
                  <FormField
                    label={t("inventory.replyMessage")}
                    htmlFor={`import-${tab}-message`}
                    error={errorText(complianceErrors?.[tab]?.message)}
                  >
                    <Textarea
                      id={`import-${tab}-message`}
                      rows={3}
                      {...form.register(`compliance.${tab}.message`)}
                      {...fieldA11y(`import-${tab}-message`, !!complianceErrors?.[tab]?.message)}
                    />
                  </FormField>
                </TabsContent>
              ))}
            </Tabs>
          ) : null}
          <DialogFooter>
            {stage === "compliance" ? (
              <Button type="button" variant="outline" onClick={() => setStage("number")}>
                {t("accounts.wizard.back")}
              </Button>
            ) : (
              <Button type="button" variant="outline" onClick={() => close(false)}>
                {t("common.cancel")}
              </Button>
            )}
            {/* Distinct keys: reusing the clicked Next as the submit button would submit the form in the same click. */}
            {isShortCode && stage === "number" ? (
              <Button key="next" type="button" onClick={next}>
                {t("accounts.wizard.next")}
              </Button>
            ) : (
              <Button key="confirm" type="submit" disabled={isSubmitting}>
                {t("inventory.confirmImport")}
              </Button>
            )}
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
