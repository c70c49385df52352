"use client";
// The optional bot of a workstream (SPEC §2): it receives each conversation before the agents. Push
// workstreams only — a pick workstream gets the reason instead of a form. Saving a new bot creates its
// signing secret, shown once (bot-secret.tsx).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, useForm, useWatch, type FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { saveWorkstreamBotAction } from "@/lib/workstreams/settings/actions";
import { BOT_HANDOFF_MINUTES, BOT_MAX_ERRORS } from "@/lib/workstreams/settings/bot.constants";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { BotSecretControls, NewBotSecret, type BotSecretState } from "./bot-secret";

export type BotSectionProps = {
  workstreamId: string;
  distributionMode: "PUSH" | "PICK";
  bot: { name: string; endpoint: string; handoffMinutes: number; maxErrors: number; secretState: BotSecretState } | null;
  canManage: boolean;
};

export function BotSection({ workstreamId, distributionMode, bot, canManage }: BotSectionProps) {
  if (distributionMode === "PUSH") return <BotForm workstreamId={workstreamId} bot={bot} canManage={canManage} />;
  return <PickExplanation workstreamId={workstreamId} bot={bot} canManage={canManage} />;
}

type FormProps = Pick<BotSectionProps, "workstreamId" | "bot" | "canManage">;

function BotForm({ workstreamId, bot, canManage }: FormProps) {
  const t = useTranslations("workstreamSettings.bot");
  const tc = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const limits = {
    handoffMinutes: bot?.handoffMinutes ?? BOT_HANDOFF_MINUTES.default,
    maxErrors: bot?.maxErrors ?? BOT_MAX_ERRORS.default,
  };
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/workstreams/settings/bot.schema").then((module) => module.botSettingsSchema)),
    defaultValues: { workstreamId, isEnabled: bot !== null, name: bot?.name ?? "", endpoint: bot?.endpoint ?? "", ...limits },
  });
  const cleared = { workstreamId, isEnabled: false, name: "", endpoint: "", ...limits };
  const removal = useRemoveBot(workstreamId, () => form.reset(cleared));
  const isEnabled = useWatch({ control: form.control, name: "isEnabled" });
  const { errors, isSubmitting, isDirty } = form.formState;

  const onSubmit = form.handleSubmit(async (input) => {
    setBanner(null);
    const result = await saveWorkstreamBotAction(input);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    toast.success(input.isEnabled ? t("saved") : t("removed"));
    setNewSecret(result.data.secret);
    form.reset(input.isEnabled ? form.getValues() : cleared);
    router.refresh();
  });

  function removeBot() {
    setBanner(null);
    setNewSecret(null);
    void removal.removeBot();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-5">
      <fieldset disabled={!canManage} className="flex flex-col gap-5">
        <FormBanner message={banner ?? removal.error} />
        <div className="flex items-start gap-3">
          <Controller
            control={form.control}
            name="isEnabled"
            render={({ field }) => (
              <Switch
                id="bot-enabled"
                checked={field.value}
                onCheckedChange={field.onChange}
                onBlur={field.onBlur}
                ref={field.ref}
                aria-describedby="bot-enabled-hint"
              />
            )}
          />
          <div className="flex flex-col gap-1">
            <Label htmlFor="bot-enabled">{t("enabled")}</Label>
            <p id="bot-enabled-hint" className="text-sm text-muted-foreground">
              {t("enabledHint")}
            </p>
          </div>
        </div>
        {isEnabled ? (
          <>
            <FormField label={t("name")} htmlFor="bot-name" description={t("nameHint")} error={errorText(errors.name)}>
              <Input id="bot-name" autoComplete="off" {...form.register("name")} {...fieldA11y("bot-name", !!errors.name, true)} />
            </FormField>
            <FormField label={t("endpoint")} htmlFor="bot-endpoint" description={t("endpointHint")} error={errorText(errors.endpoint)}>
              <Input
                id="bot-endpoint"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://bot.example.com/conversations"
                {...form.register("endpoint")}
                {...fieldA11y("bot-endpoint", !!errors.endpoint, true)}
              />
            </FormField>
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField
                label={t("handoffMinutes")}
                htmlFor="bot-handoff-minutes"
                description={t("handoffMinutesHint")}
                error={errorText(errors.handoffMinutes as FieldError | undefined)}
              >
                <Input
                  id="bot-handoff-minutes"
                  type="number"
                  inputMode="numeric"
                  min={BOT_HANDOFF_MINUTES.min}
                  max={BOT_HANDOFF_MINUTES.max}
                  {...form.register("handoffMinutes")}
                  {...fieldA11y("bot-handoff-minutes", !!errors.handoffMinutes, true)}
                />
              </FormField>
              <FormField
                label={t("maxErrors")}
                htmlFor="bot-max-errors"
                description={t("maxErrorsHint")}
                error={errorText(errors.maxErrors as FieldError | undefined)}
              >
                <Input
                  id="bot-max-errors"
                  type="number"
                  inputMode="numeric"
                  min={BOT_MAX_ERRORS.min}
                  max={BOT_MAX_ERRORS.max}
                  {...form.register("maxErrors")}
                  {...fieldA11y("bot-max-errors", !!errors.maxErrors, true)}
                />
              </FormField>
            </div>
          </>
        ) : null}
        {newSecret ? <NewBotSecret secret={newSecret} onDismiss={() => setNewSecret(null)} /> : null}
        {bot && !newSecret ? (
          <BotSecretControls workstreamId={workstreamId} secretState={bot.secretState} canManage={canManage} onGenerated={setNewSecret} />
        ) : null}
        {canManage ? (
          <div className="flex flex-wrap gap-3">
            <Button type="submit" disabled={isSubmitting || removal.isRemoving || !isDirty}>
              {isSubmitting ? tc("saving") : tc("save")}
            </Button>
            {bot ? (
              <Button type="button" variant="outline" onClick={removeBot} disabled={isSubmitting || removal.isRemoving}>
                {t("remove")}
              </Button>
            ) : null}
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}

/** A pick workstream: why there is no bot, and a way to drop one saved before (copied data, say). */
function PickExplanation({ workstreamId, bot, canManage }: FormProps) {
  const t = useTranslations("workstreamSettings.bot");
  const removal = useRemoveBot(workstreamId);

  return (
    <div className="flex max-w-2xl flex-col gap-3">
      <FormBanner message={removal.error} />
      <p className="text-sm text-muted-foreground">{t("pushOnly")}</p>
      {bot ? (
        <>
          <p className="text-sm">{t("unusedBot", { name: bot.name })}</p>
          {canManage ? (
            <div>
              <Button type="button" variant="outline" onClick={removal.removeBot} disabled={removal.isRemoving}>
                {t("remove")}
              </Button>
            </div>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** "Remove bot": saves the bot switched off, whatever the form holds. */
function useRemoveBot(workstreamId: string, onRemoved?: () => void) {
  const t = useTranslations("workstreamSettings.bot");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);

  async function removeBot() {
    setError(null);
    setIsRemoving(true);
    const result = await saveWorkstreamBotAction({
      workstreamId,
      isEnabled: false,
      name: "",
      endpoint: "",
      handoffMinutes: 5,
      maxErrors: 3,
    });
    setIsRemoving(false);
    if (!result.ok) return void setError(result.error);
    toast.success(t("removed"));
    onRemoved?.();
    router.refresh();
  }

  return { removeBot, isRemoving, error };
}
