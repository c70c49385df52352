"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FormBanner } from "@/components/forms/form-banner";
import { PasswordInput } from "@/components/forms/password-input";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInSchema } from "@/lib/auth/auth.schema";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("signIn");
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    // The browser's zone becomes the user's zone at the first sign-in (changeable later in the account menu).
    const result = await signInAction({ ...values, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, next });
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
