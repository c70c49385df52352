"use client";
// The customer's name form behind CustomerName's Edit (customer-name.tsx), loaded on first use with
// react-hook-form and the schema (decision 039).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { renameCustomerAction } from "@/lib/customers/actions";
import type { CustomerContext } from "@/lib/customers/customer-context";
import { renameCustomerSchema } from "@/lib/customers/customers.schema";

export function NameForm({ context, onDone }: { context: CustomerContext; onDone: () => void }) {
  const t = useTranslations("customers.name");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const form = useForm({
    resolver: zodResolver(renameCustomerSchema),
    defaultValues: { conversationId: context.conversationId, name: context.name ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const save = form.handleSubmit(async (values) => {
    const result = await renameCustomerAction(values);
    if (!result.ok) {
      const banner = applyActionFailure(form, result);
      if (!result.fieldErrors) toast.error(banner);
      return;
    }
    toast.success(result.data.name ? t("saved", { name: result.data.name }) : t("cleared"));
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-2">
      <FormField label={t("label")} htmlFor="customer-name" description={t("hint")} error={errorText(errors.name)}>
        <Input
          id="customer-name"
          autoComplete="off"
          autoFocus
          {...form.register("name")}
          {...fieldA11y("customer-name", !!errors.name, true)}
          onKeyDown={(event) => {
            if (event.key === "Escape") onDone();
          }}
        />
      </FormField>
      <div className="flex gap-2">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? tCommon("saving") : tCommon("save")}
        </Button>
        <Button type="button" size="sm" variant="outline" onClick={onDone}>
          {tCommon("cancel")}
        </Button>
      </div>
    </form>
  );
}
