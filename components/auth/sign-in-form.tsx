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
import { signInAction } from "@/lib/auth/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/auth/auth.schema").then((module) => module.signInSchema)),
    defaultValues: { email: "", password: "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await signInAction({ ...values, next });
    if (result && !result.ok) {
      setBanner(applyActionFailure(form, result));
      form.resetField("password", { keepError: true });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormBanner message={banner} />
      <FormField label={t("email")} htmlFor="email" error={errorText(errors.email)}>
        <Input
          id="email"
          type="email"
          autoComplete="username"
          autoFocus
          {...form.register("email")}
          {...fieldA11y("email", !!errors.email)}
        />
      </FormField>
      <FormField label={t("password")} htmlFor="password" error={errorText(errors.password)}>
        <PasswordInput
          id="password"
          autoComplete="current-password"
          {...form.register("password")}
          {...fieldA11y("password", !!errors.password)}
        />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
