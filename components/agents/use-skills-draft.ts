"use client";
// The skills box's state (what is typed but not yet added, and why it can't be), shared by the agent
// dialog and the routing rule dialog's required skills. The list itself stays in the form.
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import type { FieldError } from "react-hook-form";
import { addSkills, type SkillProblem } from "@/lib/agents/skills";

type Options = { getSkills: () => string[]; setSkills: (skills: string[]) => void };

export function useSkillsDraft({ getSkills, setSkills }: Options) {
  const t = useTranslations();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState("");
  const [problem, setProblem] = useState<SkillProblem | null>(null);

  /** Adds what's in the skills box; false (and a message) when it can't be added. */
  function commitDraft(): boolean {
    if (!draft.trim()) return true;
    const result = addSkills(getSkills(), draft);
    if (result.problem) {
      setProblem(result.problem);
      return false;
    }
    setSkills(result.skills);
    setDraft("");
    setProblem(null);
    return true;
  }

  return {
    commitDraft,
    focus: () => inputRef.current?.focus(),
    problemText: problem ? t(`validation.queues.${problem.code}`) : undefined,
    /** The SkillsInput props this state drives. */
    inputProps: {
      inputRef,
      draft,
      onDraftChange: (value: string) => {
        setDraft(value);
        setProblem(null);
      },
      onAdd: () => {
        if (commitDraft()) inputRef.current?.focus();
      },
      onRemove: (index: number) => {
        setSkills(getSkills().filter((_, i) => i !== index));
        inputRef.current?.focus();
      },
    },
  };
}

/** The first message among a field's own error and its items' errors (e.g. "skills" and "skills.3"). */
export function firstError(error: unknown): FieldError | undefined {
  if (!error || typeof error !== "object") return undefined;
  if ("message" in error && typeof error.message === "string") return error as FieldError;
  for (const inner of Object.values(error)) {
    const found = firstError(inner);
    if (found) return found;
  }
  return undefined;
}
