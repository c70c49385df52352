"use client";
// Free-text skill tags: type one and press Enter (or a comma); pasted lists are split. Each chip
// has its own remove button, and the count is announced as it changes.
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { KeyboardEvent, Ref } from "react";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { MAX_SKILL_LENGTH, MAX_SKILLS } from "@/lib/agents/skills";

type Props = {
  id: string;
  inputRef?: Ref<HTMLInputElement>;
  agentName: string;
  skills: string[];
  onRemove: (index: number) => void;
  draft: string;
  onDraftChange: (draft: string) => void;
  /** Adds the draft; the parent keeps the list, so submitting can add a draft left in the box. */
  onAdd: () => void;
  error?: string;
  /** Another field's wording (a routing rule's required skills); the agent's own by default. */
  label?: string;
  listLabel?: string;
};

export function SkillsInput({ id, inputRef, agentName, skills, onRemove, draft, onDraftChange, onAdd, error, label, listLabel }: Props) {
  const t = useTranslations("agents.skills");

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      onAdd();
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <FormField
        label={label ?? t("label")}
        htmlFor={id}
        description={t("hint", { max: MAX_SKILLS, length: MAX_SKILL_LENGTH })}
        error={error}
      >
        <div className="flex gap-2">
          <Input
            ref={inputRef}
            id={id}
            value={draft}
            autoComplete="off"
            onChange={(event) => onDraftChange(event.target.value)}
            onKeyDown={onKeyDown}
            {...fieldA11y(id, !!error, true)}
          />
          <Button type="button" variant="outline" onClick={onAdd}>
            {t("add")}
          </Button>
        </div>
      </FormField>
      {skills.length > 0 ? (
        <ul aria-label={listLabel ?? t("listLabel", { name: agentName })} className="flex flex-wrap gap-2">
          {skills.map((skill, index) => (
            <li key={skill} className="flex items-center gap-1 rounded-md border bg-muted/40 py-0.5 pl-2 text-sm">
              <span>{skill}</span>
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="size-7"
                aria-label={t("remove", { skill })}
                onClick={() => onRemove(index)}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <p aria-live="polite" className="text-sm text-muted-foreground">
        {t("count", { count: skills.length, max: MAX_SKILLS })}
      </p>
    </div>
  );
}
