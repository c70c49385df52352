"use client";
// Editing a note (customer-notes.tsx), loaded on first use with react-hook-form and the schema (decision 039).
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { updateCustomerNoteAction } from "@/lib/customers/actions";
import type { CustomerNoteView } from "@/lib/customers/customer-context";
import { updateCustomerNoteSchema } from "@/lib/customers/customers.schema";

export function EditNoteForm({ note, onDone }: { note: CustomerNoteView; onDone: () => void }) {
  const t = useTranslations("customers.notes");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const id = `customer-note-${note.id}`;
  const form = useForm({ resolver: zodResolver(updateCustomerNoteSchema), defaultValues: { noteId: note.id, body: note.body } });
  const { errors, isSubmitting } = form.formState;
  const save = form.handleSubmit(async (values) => {
    const result = await updateCustomerNoteAction(values);
    if (!result.ok) {
      const banner = applyActionFailure(form, result);
      if (!result.fieldErrors) toast.error(banner);
      return;
    }
    toast.success(t("updated"));
    onDone();
    router.refresh();
  });
  return (
    <form onSubmit={save} noValidate className="flex flex-col gap-2">
      <FormField label={t("editLabel")} htmlFor={id} error={errorText(errors.body)}>
        <Textarea id={id} rows={3} autoFocus {...form.register("body")} {...fieldA11y(id, !!errors.body)} />
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
