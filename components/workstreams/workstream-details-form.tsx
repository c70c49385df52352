"use client";
// The workstream's name and fallback queue. Two fields, so plain React state rather than react-hook-form
// (~15 kB gzip the overview tab would load first, decision 039); the schema (and zod) loads with the first
// save and the action checks it again.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import type { FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { checkFields, serverFieldErrors } from "@/components/forms/check-field";
import { OptionSelect } from "@/components/forms/option-select";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { updateWorkstreamDetailsAction } from "@/lib/workstreams/actions";

type Props = { workstreamId: string; name: string; fallbackQueueId: string; queues: { id: string; name: string }[]; canManage: boolean };
type Values = { workstreamId: string; name: string; fallbackQueueId: string };

const loadSchema = () => import("@/lib/workstreams/workstreams.schema").then((module) => module.workstreamDetailsSchema);
const FIELD_IDS = { name: "workstream-name", fallbackQueueId: "workstream-fallback" } as const;

export function WorkstreamDetailsForm({ workstreamId, name, fallbackQueueId, queues, canManage }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [saved, setSaved] = useState<Values>({ workstreamId, name, fallbackQueueId });
  const [values, setValues] = useState<Values>(saved);
  const [errors, setErrors] = useState<Partial<Record<string, FieldError>>>({});
  const [isSubmitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const isDirty = values.name !== saved.name || values.fallbackQueueId !== saved.fallbackQueueId;

  /** Shows the errors and focuses the first field that has one (as react-hook-form does). */
  function show(next: Partial<Record<string, FieldError>>) {
    setErrors(next);
    const first = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).find((field) => next[field]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }

  // After the first save, the fields are checked again as they change.
  function change(patch: Partial<Values>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (isSubmitted) void checkFields(loadSchema, next).then(setErrors, () => undefined);
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    setSubmitted(true);
    try {
      const invalid = await checkFields(loadSchema, values);
      if (Object.keys(invalid).length > 0) return show(invalid);
      const result = await updateWorkstreamDetailsAction(values);
      if (!result.ok) {
        show(serverFieldErrors(result.fieldErrors));
        toast.error(result.error);
        return;
      }
      setErrors({});
      setSubmitted(false);
      setSaved(values);
      toast.success(t("workstreams.saved"));
      router.refresh();
    } catch {
      toast.error(t("errors.unexpected"));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} noValidate className="flex max-w-2xl flex-col gap-4">
      <fieldset disabled={!canManage} className="flex flex-col gap-4">
        <FormField label={t("workstreams.name")} htmlFor={FIELD_IDS.name} error={errorText(errors.name)}>
          <Input
            id={FIELD_IDS.name}
            name="name"
            value={values.name}
            onChange={(event) => change({ name: event.target.value })}
            {...fieldA11y(FIELD_IDS.name, !!errors.name)}
          />
        </FormField>
        <FormField
          label={t("workstreams.fallbackQueue")}
          htmlFor={FIELD_IDS.fallbackQueueId}
          description={t("workstreams.fallbackHint")}
          error={errorText(errors.fallbackQueueId)}
        >
          <OptionSelect
            id={FIELD_IDS.fallbackQueueId}
            value={values.fallbackQueueId}
            onChange={(next) => change({ fallbackQueueId: next })}
            invalid={!!errors.fallbackQueueId}
            options={queues.map((queue) => ({ value: queue.id, label: queue.name }))}
          />
        </FormField>
        {canManage ? (
          <div>
            <Button type="submit" disabled={isSubmitting || !isDirty}>
              {t("common.save")}
            </Button>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
