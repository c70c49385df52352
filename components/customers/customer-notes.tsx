"use client";
// Agents' notes on the customer, newest first: add, edit (the author), delete (the author or an
// administrator, after a confirmation). Each note shows who wrote it and when.
import { Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useRef, useState, type ComponentType, type FormEvent } from "react";
import type { FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { loadOnUse } from "@/components/common/load-on-use";
import { checkFields } from "@/components/forms/check-field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { addCustomerNoteAction, deleteCustomerNoteAction } from "@/lib/customers/actions";
import type { CustomerContext, CustomerNoteView } from "@/lib/customers/customer-context";

const loadAddSchema = () => import("@/lib/customers/customers.schema").then((module) => module.addCustomerNoteSchema);
// Editing (react-hook-form, the schema) loads when a note's Edit is first hovered, focused or pressed.
const editForm = loadOnUse(() => import("./customer-note-edit-form").then((module) => module.EditNoteForm));
type EditNoteFormProps = { note: CustomerNoteView; onDone: () => void };

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

// One field, so plain React state rather than react-hook-form (decision 039); the schema loads with the
// first save.
function AddNoteForm({ conversationId }: { conversationId: string }) {
  const t = useTranslations("customers.notes");
  const router = useRouter();
  const errorText = useErrorText();
  const field = useRef<HTMLTextAreaElement>(null);
  const [body, setBody] = useState("");
  const [error, setError] = useState<FieldError>();
  const [isSubmitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const validate = async (text: string) => (await checkFields(loadAddSchema, { conversationId, body: text })).body;

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    setSubmitted(true);
    try {
      const invalid = await validate(body);
      setError(invalid);
      if (invalid) {
        field.current?.focus();
        return;
      }
      const result = await addCustomerNoteAction({ conversationId, body });
      if (!result.ok) {
        const message = result.fieldErrors?.body;
        if (message) {
          setError({ type: "server", message });
          field.current?.focus();
        } else toast.error(result.error);
        return;
      }
      toast.success(t("added"));
      setBody("");
      setSubmitted(false);
      router.refresh();
    } catch {
      toast.error(errorText({ type: "validation", message: "errors.unexpected" }) ?? "");
    } finally {
      setSubmitting(false);
    }
  }
  return (
    <form onSubmit={(event) => void add(event)} noValidate className="flex flex-col gap-2">
      <FormField label={t("newLabel")} htmlFor="customer-note-new" error={errorText(error)}>
        <Textarea
          id="customer-note-new"
          name="body"
          rows={3}
          ref={field}
          value={body}
          onChange={(event) => {
            const text = event.target.value;
            setBody(text);
            if (isSubmitted) void validate(text).then(setError, () => undefined);
          }}
          {...fieldA11y("customer-note-new", !!error)}
        />
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
  const [EditNoteForm, setEditNoteForm] = useState<ComponentType<EditNoteFormProps> | null>(() => editForm.loaded());
  // The note stays on screen until the form has arrived; a failed load leaves it there (Edit again retries).
  const edit = () =>
    editForm.load().then(
      (form) => {
        setEditNoteForm(() => form);
        setEditing(true);
      },
      () => undefined,
    );
  const when = format.dateTime(new Date(note.createdAt), { dateStyle: "medium", timeStyle: "short" });
  return (
    <li className="flex flex-col gap-1 rounded-md border p-2 text-sm">
      {isEditing && EditNoteForm ? (
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
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={() => void edit()}
              onPointerEnter={editForm.prefetch}
              onFocus={editForm.prefetch}
              aria-label={t("editNote", { when })}
            >
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
