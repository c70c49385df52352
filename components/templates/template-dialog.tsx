"use client";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { saveTemplateAction } from "@/lib/templates/actions";
import { TEMPLATE_LANGUAGES, templateLanguageName } from "@/lib/templates/languages";
import { extractVariables, lintTemplate, renderTemplate } from "@/lib/templates/template-lint";
import { type TemplateForm } from "@/lib/templates/templates.schema";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type TemplateValues = {
  id: string;
  name: string;
  language: string;
  body: string;
  examples: Record<string, string>;
  contentSid: string | null;
};

type Props = { accountId: string; template?: TemplateValues; onClose: () => void };

export function TemplateDialog({ accountId, template, onClose }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/templates/templates.schema").then((module) => module.templateFormSchema)),
    mode: "onTouched",
    defaultValues: {
      accountId,
      templateId: template?.id,
      name: template?.name ?? "",
      language: (template?.language ?? "en") as TemplateForm["language"],
      body: template?.body ?? "",
      examples: template?.examples ?? {},
      contentSid: template?.contentSid ?? "",
    },
  });
  const body = useWatch({ control: form.control, name: "body" });
  const examples = useWatch({ control: form.control, name: "examples" });
  const variables = useMemo(() => extractVariables(body ?? ""), [body]);
  // Every rule the text breaks, live — the field itself can only show one message at a time.
  const bodyProblems = useMemo(
    () =>
      body
        ? [
            ...new Set(
              lintTemplate({ name: "x", body, examples: {}, contentSid: null })
                .filter((p) => p.code !== "exampleMissing")
                .map((p) => p.code),
            ),
          ]
        : [],
    [body],
  );
  const languages = useMemo(() => TEMPLATE_LANGUAGES.map((code) => ({ code, label: templateLanguageName(code, locale) })), [locale]);
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveTemplateAction({ ...values, contentSid: values.contentSid ?? undefined });
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(template ? t("templates.updated") : t("templates.added"));
    onClose();
    router.refresh();
  });

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("common.close")} className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>{template ? t("templates.editTitle") : t("templates.addTitle")}</DialogTitle>
          <DialogDescription>{t("templates.dialogDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              label={t("templates.name")}
              htmlFor="template-name"
              description={t("templates.nameHint")}
              error={errorText(errors.name)}
            >
              <Input
                id="template-name"
                className="font-mono"
                {...form.register("name")}
                {...fieldA11y("template-name", !!errors.name, true)}
              />
            </FormField>
            <FormField label={t("templates.language")} htmlFor="template-language" error={errorText(errors.language)}>
              <Controller
                control={form.control}
                name="language"
                render={({ field }) => (
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger id="template-language" className="w-full" {...fieldA11y("template-language", !!errors.language)}>
                      <SelectValue>{languages.find((language) => language.code === field.value)?.label}</SelectValue>
                    </SelectTrigger>
                    <SelectContent>
                      {languages.map((language) => (
                        <SelectItem key={language.code} value={language.code}>
                          {language.label}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                )}
              />
            </FormField>
          </div>
          <FormField
            label={t("templates.body")}
            htmlFor="template-body"
            description={t("templates.bodyHint", { count: (body ?? "").length })}
            error={errorText(errors.body)}
          >
            <Textarea id="template-body" rows={5} {...form.register("body")} {...fieldA11y("template-body", !!errors.body, true)} />
          </FormField>
          {bodyProblems.length > 0 ? (
            <ul aria-label={t("templates.checks")} className="-mt-2 list-disc pl-5 text-sm text-amber-800">
              {bodyProblems.map((code) => (
                <li key={code}>{t(`validation.templates.${code}`)}</li>
              ))}
            </ul>
          ) : null}
          {variables.length > 0 ? (
            <fieldset className="flex flex-col gap-3">
              <legend className="mb-1 text-sm font-medium">{t("templates.examples")}</legend>
              {variables.map((n) => {
                const id = `template-example-${n}`;
                const error = (errors.examples as Record<string, { message?: string; type?: string }> | undefined)?.[String(n)];
                return (
                  <FormField
                    key={n}
                    label={t("templates.exampleFor", { variable: `{{${n}}}` })}
                    htmlFor={id}
                    error={errorText(error as never)}
                  >
                    <Input id={id} {...form.register(`examples.${n}`)} {...fieldA11y(id, !!error)} />
                  </FormField>
                );
              })}
            </fieldset>
          ) : null}
          <FormField
            label={`${t("templates.contentSid")} (${t("common.optional")})`}
            htmlFor="template-sid"
            description={t("templates.contentSidHint")}
            error={errorText(errors.contentSid)}
          >
            <Input
              id="template-sid"
              className="font-mono"
              autoComplete="off"
              {...form.register("contentSid")}
              {...fieldA11y("template-sid", !!errors.contentSid, true)}
            />
          </FormField>
          {body ? (
            <div className="rounded-lg border bg-muted/40 p-3 text-sm">
              <p className="mb-1 font-medium">{t("templates.preview")}</p>
              <p className="whitespace-pre-wrap">{renderTemplate(body, examples ?? {})}</p>
            </div>
          ) : null}
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("common.saving") : template ? t("common.save") : t("templates.add")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
