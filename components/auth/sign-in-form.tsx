"use client";
// The sign-in form. Two fields need no form library: it is a plain form whose empty fields are caught
// here and everything else by the server action (the same signInSchema), so the sign-in page loads
// neither react-hook-form nor zod (decision 027: ≤ 180 kB of first-load JavaScript).
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { FormBanner } from "@/components/forms/form-banner";
import { PasswordInput } from "@/components/forms/password-input";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { signInAction } from "@/lib/auth/actions";

type Field = "email" | "password";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations();
  const [banner, setBanner] = useState<string | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [isSubmitting, setSubmitting] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  function showErrors(found: Partial<Record<Field, string>>) {
    setErrors(found);
    if (found.email) emailInput.current?.focus();
    else if (found.password) passwordInput.current?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (field: Field) => {
      const value = data.get(field);
      return typeof value === "string" ? value : "";
    };
    const email = text("email");
    const password = text("password");
    setBanner(null);
    const empty = {
      email: email.trim() ? undefined : t("validation.required"),
      password: password ? undefined : t("validation.required"),
    };
    showErrors(empty);
    if (empty.email || empty.password) return;
    setSubmitting(true);
    try {
      // The browser's zone becomes the user's zone at the first sign-in (changeable later in the account menu).
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const result = await signInAction({ email, password, timeZone, next });
      if (result && !result.ok) {
        setBanner(result.error);
        if (passwordInput.current) passwordInput.current.value = "";
        showErrors({ email: result.fieldErrors?.email, password: result.fieldErrors?.password });
      }
    } finally {
      setSubmitting(false);
    }
  }

  // Like the other forms after a failed submit: a field's message goes once it has a value.
  const clearWhenFilled = (field: Field) => (event: FormEvent<HTMLInputElement>) => {
    if (errors[field] && event.currentTarget.value) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex flex-col gap-4">
      <FormBanner message={banner} />
      <FormField label={t("signIn.email")} htmlFor="email" error={errors.email}>
        <Input
          ref={emailInput}
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          autoFocus
          onInput={clearWhenFilled("email")}
          {...fieldA11y("email", !!errors.email)}
        />
      </FormField>
      <FormField label={t("signIn.password")} htmlFor="password" error={errors.password}>
        <PasswordInput
          ref={passwordInput}
          id="password"
          name="password"
          autoComplete="current-password"
          onInput={clearWhenFilled("password")}
          {...fieldA11y("password", !!errors.password)}
        />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("signIn.submitting") : t("signIn.submit")}
      </Button>
    </form>
  );
}
