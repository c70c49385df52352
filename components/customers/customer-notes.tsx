"use client";
// Agents' notes on the customer, newest first: add, edit (the author), delete (the author or an
// administrator, after a confirmation). Each note shows who wrote it and when.
import { zodResolver } from "@hookform/resolvers/zod";
import { Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useForm } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { addCustomerNoteAction, deleteCustomerNoteAction, updateCustomerNoteAction } from "@/lib/customers/actions";
import type { CustomerContext, CustomerNoteView } from "@/lib/customers/customer-context";
import { addCustomerNoteSchema, updateCustomerNoteSchema } from "@/lib/customers/customers.schema";

export function CustomerNotes({ context }: { context: CustomerContext }) {
  const t = useTranslations("customers.notes");
  const headingId = useId();
  const [deleting, setDeleting] = useState<CustomerNoteView | null>(null);
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h3 id={headingId} className="text-sm font-semibold">
        {t("title")}
      </h3>
      {context.canEdit ? <AddNoteForm conversationId={context.conversationId} /> : null}
      {context.notes.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul aria-labelledby={headingId} className="flex flex-col gap-2">
          {context.notes.map((note) => (
            <NoteItem key={note.id} note={note} onDelete={() => setDeleting(note)} />
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmActionDialog
          open
          onOpenChange={(open) => (open ? null : setDeleting(null))}
          title={t("deleteTitle")}
          description={t("deleteDescription", { author: deleting.author ?? t("formerUser") })}
          confirmLabel={t("delete")}
          success={t("deleted")}
          action={() => deleteCustomerNoteAction({ noteId: deleting.id })}
        />
      ) : null}
    </section>
  );
}

function AddNoteForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("customers.notes");
  const router = useRouter();
  const errorText = useErrorText();
  const form = useForm({ resolver: zodResolver(addCustomerNoteSchema), defaultValues: { conversationId, body: "" } });
  const { errors, isSubmitting } = form.formState;
  const add = form.handleSubmit(async (values) => {
    const result = await addCustomerNoteAction(values);
    if (!result.ok) {
      const banner = applyActionFailure(form, result);
      if (!result.fieldErrors) toast.error(banner);
      return;
    }
    toast.success(t("added"));
    form.reset({ conversationId, body: "" });
    router.refresh();
  });
  return (
    <form onSubmit={add} noValidate className="flex flex-col gap-2">
      <FormField label={t("newLabel")} htmlFor="customer-note-new" error={errorText(errors.body)}>
        <Textarea id="customer-note-new" rows={3} {...form.register("body")} {...fieldA11y("customer-note-new", !!errors.body)} />
      </FormField>
      <div>
        <Button type="submit" size="sm" variant="secondary" disabled={isSubmitting}>
          {isSubmitting ? t("adding") : t("add")}
        </Button>
      </div>
    </form>
  );
}

function NoteItem({ note, onDelete }: { note: CustomerNoteView; onDelete: () => void }) {
  const t = useTranslations("customers.notes");
  const format = useFormatter();
  const [isEditing, setEditing] = useState(false);
  const when = format.dateTime(new Date(note.createdAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-col gap-1 rounded-md border p-2 text-sm">
      {isEditing ? (
        <EditNoteForm note={note} onDone={() => setEditing(false)} />
      ) : (
        <p className="break-words whitespace-pre-wrap">{note.body}</p>
      )}
      <p className="text-xs text-muted-foreground">
        {t("byline", { author: note.author ?? t("formerUser") })} · <time dateTime={note.createdAt}>{when}</time>
        {note.edited ? ` · ${t("edited")}` : null}
      </p>
      {!isEditing && (note.canEdit || note.canDelete) ? (
        <div className="flex gap-1">
          {note.canEdit ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(true)} aria-label={t("editNote", { when })}>
              <Pencil aria-hidden="true" />
              {t("edit")}
            </Button>
          ) : null}
          {note.canDelete ? (
            <Button type="button" variant="ghost" size="sm" onClick={onDelete} aria-label={t("deleteNote", { when })}>
              <Trash2 aria-hidden="true" />
              {t("delete")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

function EditNoteForm({ note, onDone }: { note: CustomerNoteView; onDone: () => void }) {
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
