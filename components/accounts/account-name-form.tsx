"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "@/components/forms/use-form";
import { toast } from "@/components/ui/toast";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { renameAccountAction } from "@/lib/accounts/actions";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export function AccountNameForm({ accountId, name }: { accountId: string; name: string }) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/accounts/accounts.schema").then((module) => module.renameAccountSchema)),
    defaultValues: { accountId, name },
  });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await renameAccountAction(values);
    if (!result.ok) {
      toast.error(applyActionFailure(form, result));
      return;
    }
    toast.success(t("accounts.renamed"));
    form.reset(values);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl items-end gap-2">
      <FormField label={t("accounts.name")} htmlFor="account-name" error={errorText(errors.name)} className="flex-1">
        <Input id="account-name" {...form.register("name")} {...fieldA11y("account-name", !!errors.name)} />
      </FormField>
      <Button type="submit" variant="outline" disabled={isSubmitting || !isDirty} className={errors.name ? "mb-7" : undefined}>
        {t("accounts.rename")}
      </Button>
    </form>
  );
}
