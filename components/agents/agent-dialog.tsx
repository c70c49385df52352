"use client";
// An agent's capacity and skills. Saving creates the agent's profile the first time.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveAgentProfileAction } from "@/lib/agents/actions";
import { addSkills, MAX_CAPACITY, MIN_CAPACITY, type SkillProblem } from "@/lib/agents/skills";
import { SkillsInput } from "./skills-input";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type EditableAgent = { id: string; name: string; email: string; capacity: number; skills: string[] };

/** The first message among a field's own error and its items' errors (e.g. "skills" and "skills.3"). */
function firstError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string") return error as FieldError;
  for (const inner of Object.values(error)) {
    const found = firstError(inner);
    if (found) return found;
  }
  return undefined;
}

export function AgentDialog({ agent, onClose }: { agent: EditableAgent; onClose: () => void }) {
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const skillInput = useRef<HTMLInputElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<SkillProblem | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/agents/agents.schema").then((module) => module.agentProfileSchema)),
    mode: "onTouched",
    defaultValues: { userId: agent.id, capacity: agent.capacity, skills: agent.skills },
  });
  const skills = useWatch({ control: form.control, name: "skills" }) ?? [];
  const { errors, isSubmitting } = form.formState;

  /** Adds what's in the skills box; false (and a message) when it can't be added. */
  function commitDraft(): boolean {
    if (!draft.trim()) return true;
    const result = addSkills(form.getValues("skills"), draft);
    if (result.problem) {
      setProblem(result.problem);
      return false;
    }
    form.setValue("skills", result.skills, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    setDraft("");
    setProblem(null);
    return true;
  }

  const save = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveAgentProfileAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(t("agents.saved", { name: agent.name }));
    onClose();
    router.refresh();
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!commitDraft()) {
      event.preventDefault();
      skillInput.current?.focus();
      return;
    }
    void save(event);
  }

  const skillsError = problem ? t(`validation.queues.${problem.code}`) : errorText(firstError(errors.skills));

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("common.close")} className="max-h-[90vh] overflow-y-auto">
        <DialogHeader>
          <DialogTitle>{t("agents.dialog.title", { name: agent.name })}</DialogTitle>
          <DialogDescription>{t("agents.dialog.description", { email: agent.email })}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <FormField
            label={t("agents.capacity")}
            htmlFor="agent-capacity"
            description={t("agents.dialog.capacityHint", { min: MIN_CAPACITY, max: MAX_CAPACITY })}
            error={errorText(errors.capacity)}
          >
            <Input
              id="agent-capacity"
              type="number"
              inputMode="numeric"
              min={MIN_CAPACITY}
              max={MAX_CAPACITY}
              step={1}
              className="w-32"
              {...form.register("capacity", { valueAsNumber: true })}
              {...fieldA11y("agent-capacity", !!errors.capacity, true)}
            />
          </FormField>
          <SkillsInput
            id="agent-skills"
            inputRef={skillInput}
            agentName={agent.name}
            skills={skills}
            onRemove={(index) => {
              form.setValue(
                "skills",
                skills.filter((_, i) => i !== index),
                { shouldDirty: true, shouldValidate: form.formState.isSubmitted },
              );
              skillInput.current?.focus();
            }}
            draft={draft}
            onDraftChange={(value) => {
              setDraft(value);
              setProblem(null);
            }}
            onAdd={() => {
              if (commitDraft()) skillInput.current?.focus();
            }}
            error={skillsError}
          />
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("common.saving") : t("common.save")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
