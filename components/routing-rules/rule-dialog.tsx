"use client";
// Add or edit a routing rule: name, all/any, its conditions and the queue it routes to. The form
// validates with the action's own schema, so each problem shows on the exact condition it concerns.
import { Plus } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Controller, useFieldArray, useForm, useWatch, type FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { SkillsInput } from "@/components/agents/skills-input";
import { firstError, useSkillsDraft } from "@/components/agents/use-skills-draft";
import { ChoiceCards } from "@/components/forms/choice-cards";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { saveRoutingRuleAction } from "@/lib/workstreams/routing-rules/actions";
import { blankCondition, MAX_CONDITIONS_PER_RULE, type RoutingRuleView } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { ConditionFields } from "./condition-fields";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { SearchCombobox, type ComboboxChoice } from "@/components/common/record-combobox";

type Props = { workstreamId: string; rule?: RoutingRuleView; onClose: () => void };

export function RuleDialog({ workstreamId, rule, onClose }: Props) {
  const [queue, setQueue] = useState<ComboboxChoice | null>(rule ? { id: rule.queueId, label: rule.queueName } : null);
  const t = useTranslations();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/workstreams/routing-rules/routing-rules.schema").then((module) => module.saveRoutingRuleSchema),
    ),
    mode: "onTouched",
    defaultValues: {
      workstreamId,
      ruleId: rule?.id,
      name: rule?.name ?? "",
      match: rule?.match ?? "all",
      conditions: rule?.conditions.length ? rule.conditions : [blankCondition("messageText")],
      queueId: rule?.queueId ?? "",
      requiredSkills: rule?.requiredSkills ?? [],
    },
  });
  const requiredSkills = useWatch({ control: form.control, name: "requiredSkills" }) ?? [];
  const skillsDraft = useSkillsDraft({
    getSkills: () => form.getValues("requiredSkills") ?? [],
    setSkills: (next) => form.setValue("requiredSkills", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
  });
  const conditions = useFieldArray({ control: form.control, name: "conditions" });
  const { errors, isSubmitting } = form.formState;
  // A problem with the list itself (none, too many): zod puts it on the array, the server on "conditions".
  const listError = (errors.conditions?.root ?? (errors.conditions?.message ? errors.conditions : undefined)) as FieldError | undefined;

  const save = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveRoutingRuleAction(values);
    if (!result.ok) {
      setBanner(applyActionFailure(form, result));
      return;
    }
    toast.success(rule ? t("routingRules.updated", { name: values.name }) : t("routingRules.added", { name: values.name }));
    onClose();
    router.refresh();
  });

  // A skill typed but not yet added is added on submit, or the submit stops to say why it can't be.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!skillsDraft.commitDraft()) {
      event.preventDefault();
      skillsDraft.focus();
      return;
    }
    void save(event);
  }

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent closeLabel={t("common.close")} className="max-h-[90vh] overflow-y-auto sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>{rule ? t("routingRules.editTitle") : t("routingRules.addTitle")}</DialogTitle>
          <DialogDescription>{t("routingRules.dialogDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <FormField label={t("routingRules.name")} htmlFor="rule-name" error={errorText(errors.name)}>
            <Input id="rule-name" autoComplete="off" {...form.register("name")} {...fieldA11y("rule-name", !!errors.name)} />
          </FormField>
          <ChoiceCards
            legend={t("routingRules.match")}
            options={[
              { value: "all", label: t("routingRules.matchAll") },
              { value: "any", label: t("routingRules.matchAny") },
            ]}
            error={errorText(errors.match)}
            errorId="rule-match-error"
            {...form.register("match")}
          />
          <fieldset className="flex flex-col gap-3" aria-describedby={listError ? "rule-conditions-error" : undefined}>
            <legend className="mb-1 text-sm font-medium">{t("routingRules.conditions")}</legend>
            {conditions.fields.map((item, index) => (
              <ConditionFields
                key={item.id}
                form={form}
                index={index}
                canRemove={conditions.fields.length > 1}
                onRemove={() => conditions.remove(index)}
              />
            ))}
            <div id="rule-conditions-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
              {errorText(listError)}
            </div>
            {conditions.fields.length < MAX_CONDITIONS_PER_RULE ? (
              <div>
                <Button
                  type="button"
                  variant="outline"
                  size="sm"
                  onClick={() =>
                    conditions.append(blankCondition("messageText"), { focusName: `conditions.${conditions.fields.length}.value` })
                  }
                >
                  <Plus aria-hidden="true" />
                  {t("routingRules.addCondition")}
                </Button>
              </div>
            ) : null}
          </fieldset>
          <FormField label={t("routingRules.queue")} htmlFor="rule-queue" error={errorText(errors.queueId)}>
            <Controller
              control={form.control}
              name="queueId"
              render={({ field }) => (
                <SearchCombobox
                  id="rule-queue"
                  label={t("routingRules.queue")}
                  kind="queues"
                  selected={field.value && queue?.id === field.value ? queue : null}
                  onSelect={(choice) => {
                    setQueue(choice);
                    field.onChange(choice?.id ?? "");
                    field.onBlur();
                  }}
                  invalid={!!errors.queueId}
                  placeholder={t("routingRules.chooseQueue")}
                  className="w-full"
                />
              )}
            />
          </FormField>
          <SkillsInput
            id="rule-required-skills"
            agentName=""
            label={t("routingRules.requiredSkills")}
            listLabel={t("routingRules.requiredSkillsList")}
            skills={requiredSkills}
            {...skillsDraft.inputProps}
            error={skillsDraft.problemText ?? errorText(firstError(errors.requiredSkills))}
          />
          <p className="-mt-2 text-sm text-muted-foreground">{t("routingRules.requiredSkillsHint")}</p>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? t("common.saving") : rule ? t("common.save") : t("routingRules.add")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
