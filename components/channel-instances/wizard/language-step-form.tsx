"use client";
// Step 2. The default language: 70-odd locales, narrowed as the admin types ("japanese", "ja-JP",
// "francais"). The chosen one stays chosen while the search hides it, and is named above the list.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useForm } from "@/components/forms/use-form";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { fieldDescriptionId, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveChannelLanguageAction } from "@/lib/channel-instances/actions";
import { searchLocales, type ChannelLocale, type LocaleOption } from "@/lib/workstreams/locales";
import { StepActions, type ExitLink } from "./step-actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Props = { instanceId: string; defaultLocale: string; options: LocaleOption[]; nextHref: string; backHref: string; exit: ExitLink };

export function LanguageStepForm({ instanceId, defaultLocale, options, nextHref, backHref, exit }: Props) {
  const t = useTranslations("channelSetup.language");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const visible = useMemo(() => searchLocales(options, query), [options, query]);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/channel-instances/channel-instances.schema").then((module) => module.languageStepSchema)),
    defaultValues: { instanceId, defaultLocale: defaultLocale as ChannelLocale },
  });
  const chosen = useWatch({ control: form.control, name: "defaultLocale" });
  const { errors, isSubmitting } = form.formState;
  const chosenLabel = options.find((option) => option.value === chosen)?.label;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveChannelLanguageAction(values);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    router.push(nextHref);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <FormBanner message={banner} />
      <FormField label={t("search")} htmlFor="locale-search" description={t("searchHint")}>
        <Input
          id="locale-search"
          type="search"
          autoComplete="off"
          value={query}
          aria-describedby={fieldDescriptionId("locale-search")}
          aria-controls="locale-list"
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter picks the only match instead of submitting the step half-done.
            if (event.key !== "Enter") return;
            event.preventDefault();
            const [only, ...rest] = visible;
            if (only && rest.length === 0) form.setValue("defaultLocale", only.value, { shouldDirty: true, shouldValidate: true });
          }}
        />
      </FormField>
      <Controller
        control={form.control}
        name="defaultLocale"
        render={({ field }) => (
          <fieldset className="flex flex-col gap-2" aria-describedby="locale-chosen defaultLocale-error">
            <legend className="mb-1 text-sm font-medium">{t("legend")}</legend>
            <p id="locale-chosen" className="text-sm">
              {chosenLabel ? t("chosen", { language: chosenLabel }) : t("noneChosen")}
            </p>
            <p role="status" className="text-sm text-muted-foreground">
              {query ? t("matches", { count: visible.length }) : t("all", { count: options.length })}
            </p>
            <ul id="locale-list" className="max-h-80 overflow-y-auto rounded-md border p-1" hidden={visible.length === 0}>
              {visible.map((option) => (
                <li key={option.value}>
                  <label className="flex cursor-pointer items-center gap-3 rounded-sm px-2 py-1.5 text-sm hover:bg-accent has-[:checked]:bg-accent has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring">
                    <input
                      type="radio"
                      name={field.name}
                      value={option.value}
                      checked={field.value === option.value}
                      onChange={() => field.onChange(option.value)}
                      onBlur={field.onBlur}
                      className="size-4 accent-primary"
                    />
                    <span>{option.label}</span>
                  </label>
                </li>
              ))}
            </ul>
            <p id="defaultLocale-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
              {errorText(errors.defaultLocale)}
            </p>
          </fieldset>
        )}
      />
      <StepActions backHref={backHref} exit={exit} isSubmitting={isSubmitting} />
    </form>
  );
}
