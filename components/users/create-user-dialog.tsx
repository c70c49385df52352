"use client";
import { UserPlus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { PasswordInput } from "@/components/forms/password-input";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";
import { createUserAction } from "@/lib/users/actions";
import type { NewUserLocale } from "@/lib/users/users.schema";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

const EMPTY: { name: string; email: string; password: string; role: Role; locale: NewUserLocale } = {
  name: "",
  email: "",
  password: "",
  role: "AGENT",
  locale: "browser",
};
const LANGUAGE_CHOICES: readonly NewUserLocale[] = ["browser", ...LOCALES];

export function CreateUserDialog() {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [open, setOpen] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/users/users.schema").then((module) => module.createUserSchema)),
    defaultValues: EMPTY,
    mode: "onTouched",
  });
  const { errors, isSubmitting } = form.formState;
  const languageLabel = (choice: NewUserLocale) => (choice === "browser" ? t("users.languageFromBrowser") : LOCALE_NAMES[choice]);

  function onOpenChange(next: boolean) {
    setOpen(next);
    if (!next) {
      form.reset(EMPTY);
      setBanner(null);
    }
  }

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await createUserAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(t("users.created", { email: values.email }));
    onOpenChange(false);
    router.refresh();
  });

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden="true" />
          {t("users.newUser")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("users.createTitle")}</DialogTitle>
          <DialogDescription>{t("users.createDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <FormField label={t("users.name")} htmlFor="new-user-name" error={errorText(errors.name)}>
            <Input id="new-user-name" autoComplete="off" {...form.register("name")} {...fieldA11y("new-user-name", !!errors.name)} />
          </FormField>
          <FormField label={t("users.email")} htmlFor="new-user-email" error={errorText(errors.email)}>
            <Input
              id="new-user-email"
              type="email"
              autoComplete="off"
              {...form.register("email")}
              {...fieldA11y("new-user-email", !!errors.email)}
            />
          </FormField>
          <FormField label={t("users.role")} htmlFor="new-user-role" error={errorText(errors.role)}>
            <Controller
              control={form.control}
              name="role"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger id="new-user-role" className="w-full" {...fieldA11y("new-user-role", !!errors.role)}>
                    <SelectValue>{t(`roles.${field.value}`)}</SelectValue>
                  </SelectTrigger>
                  <SelectContent>
                    {ROLES.map((role) => (
                      <SelectItem key={role} value={role}>
                        {t(`roles.${role}`)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField
            label={t("users.language")}
            htmlFor="new-user-language"
            description={t("users.languageHint")}
            error={errorText(errors.locale)}
          >
            <Controller
              control={form.control}
              name="locale"
              render={({ field }) => (
                <Select value={field.value} onValueChange={field.onChange}>
                  <SelectTrigger id="new-user-language" className="w-full" {...fieldA11y("new-user-language", !!errors.locale, true)}>
                    <SelectValue>{languageLabel(field.value ?? "browser")}</SelectValue>
                  </SelectTrigger>
                  <SelectContent>
                    {LANGUAGE_CHOICES.map((choice) => (
                      <SelectItem key={choice} value={choice} lang={choice === "browser" ? undefined : choice}>
                        {languageLabel(choice)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
              )}
            />
          </FormField>
          <FormField
            label={t("users.password")}
            htmlFor="new-user-password"
            description={t("users.passwordHint")}
            error={errorText(errors.password)}
          >
            <PasswordInput
              id="new-user-password"
              autoComplete="new-password"
              {...form.register("password")}
              {...fieldA11y("new-user-password", !!errors.password, true)}
            />
          </FormField>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={() => onOpenChange(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("users.creating") : t("users.create")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
