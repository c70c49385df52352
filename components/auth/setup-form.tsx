"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormBanner } from "@/components/forms/form-banner";
import { PasswordInput } from "@/components/forms/password-input";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { createFirstAdministratorAction } from "@/lib/auth/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function SetupForm() {
  const t = useTranslations("setup");
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/users/users.schema").then((module) => module.createFirstAdministratorSchema)),
    defaultValues: { name: "", email: "", password: "" },
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await createFirstAdministratorAction(values);
    if (result && !result.ok) setBanner(applyActionFailure(form, result));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormBanner message={banner} />
      <FormField label={t("name")} htmlFor="name" error={errorText(errors.name)}>
        <Input id="name" autoComplete="name" {...form.register("name")} {...fieldA11y("name", !!errors.name)} />
      </FormField>
      <FormField label={t("email")} htmlFor="email" error={errorText(errors.email)}>
        <Input id="email" type="email" autoComplete="email" {...form.register("email")} {...fieldA11y("email", !!errors.email)} />
      </FormField>
      <FormField label={t("password")} htmlFor="password" description={t("passwordHint")} error={errorText(errors.password)}>
        <PasswordInput
          id="password"
          autoComplete="new-password"
          {...form.register("password")}
          {...fieldA11y("password", !!errors.password, true)}
        />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
