"use client";
// The optional bot of a workstream (SPEC §2): it receives each conversation before the agents. Push
// workstreams only — a pick workstream gets the reason instead of a form. Saving a new bot creates its
// signing secret, shown once (bot-secret.tsx). Plain React state rather than react-hook-form (~15 kB gzip
// the tab would load first, decision 039); the schema (and zod) loads with the first save, and the action
// checks it again.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { parseFields, serverFieldErrors, type FieldErrorMap } from "@/components/forms/check-field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { saveWorkstreamBotAction } from "@/lib/workstreams/settings/actions";
import { BOT_HANDOFF_MINUTES, BOT_MAX_ERRORS } from "@/lib/workstreams/settings/bot.constants";
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
type BotValues = { workstreamId: string; isEnabled: boolean; name: string; endpoint: string; handoffMinutes: string; maxErrors: string };

const loadSchema = () => import("@/lib/workstreams/settings/bot.schema").then((module) => module.botSettingsSchema);
// In the order of the form: the first field with an error gets focus.
const FIELD_IDS = {
  name: "bot-name",
  endpoint: "bot-endpoint",
  handoffMinutes: "bot-handoff-minutes",
  maxErrors: "bot-max-errors",
} as const;
const isSame = (a: BotValues, b: BotValues) => (Object.keys(a) as (keyof BotValues)[]).every((key) => a[key] === b[key]);

function BotForm({ workstreamId, bot, canManage }: FormProps) {
  const t = useTranslations("workstreamSettings.bot");
  const tc = useTranslations("common");
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const limits = {
    handoffMinutes: String(bot?.handoffMinutes ?? BOT_HANDOFF_MINUTES.default),
    maxErrors: String(bot?.maxErrors ?? BOT_MAX_ERRORS.default),
  };
  const cleared: BotValues = { workstreamId, isEnabled: false, name: "", endpoint: "", ...limits };
  const [saved, setSaved] = useState<BotValues>(() => ({
    workstreamId,
    isEnabled: bot !== null,
    name: bot?.name ?? "",
    endpoint: bot?.endpoint ?? "",
    ...limits,
  }));
  const [values, setValues] = useState<BotValues>(saved);
  const [errors, setErrors] = useState<FieldErrorMap>({});
  const [isSubmitted, setSubmitted] = useState(false);
  const [isSubmitting, setSubmitting] = useState(false);
  const isDirty = !isSame(values, saved);
  const isEnabled = values.isEnabled;

  /** Back to a saved state: what was saved, or the form of a removed bot. */
  function reset(next: BotValues) {
    setSaved(next);
    setValues(next);
    setErrors({});
    setSubmitted(false);
  }
  const removal = useRemoveBot(workstreamId, () => reset(cleared));

  function show(next: FieldErrorMap) {
    setErrors(next);
    const first = (Object.keys(FIELD_IDS) as (keyof typeof FIELD_IDS)[]).find((field) => next[field]);
    if (first) document.getElementById(FIELD_IDS[first])?.focus();
  }

  // After the first save, the fields are checked again as they change.
  function change(patch: Partial<BotValues>) {
    const next = { ...values, ...patch };
    setValues(next);
    if (isSubmitted)
      void parseFields(loadSchema, next).then(
        ({ errors: found }) => setErrors(found ?? {}),
        () => undefined,
      );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setSubmitting(true);
    setSubmitted(true);
    setBanner(null);
    try {
      const checked = await parseFields(loadSchema, values);
      if (checked.errors) return show(checked.errors);
      const input = checked.data;
      const result = await saveWorkstreamBotAction(input);
      if (!result.ok) {
        show(serverFieldErrors(result.fieldErrors));
        setBanner(result.error);
        return;
      }
      toast.success(input.isEnabled ? t("saved") : t("removed"));
      setNewSecret(result.data.secret);
      reset(input.isEnabled ? values : cleared);
      router.refresh();
    } catch {
      setBanner(errorText({ type: "validation", message: "errors.unexpected" }) ?? null);
    } finally {
      setSubmitting(false);
    }
  }

  function removeBot() {
    setBanner(null);
    setNewSecret(null);
    void removal.removeBot();
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate className="flex max-w-2xl flex-col gap-5">
      <fieldset disabled={!canManage} className="flex flex-col gap-5">
        <FormBanner message={banner ?? removal.error} />
        <div className="flex items-start gap-3">
          <Switch
            id="bot-enabled"
            checked={values.isEnabled}
            onCheckedChange={(checked) => change({ isEnabled: checked })}
            aria-describedby="bot-enabled-hint"
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
              <Input
                id="bot-name"
                autoComplete="off"
                name="name"
                value={values.name}
                onChange={(event) => change({ name: event.target.value })}
                {...fieldA11y("bot-name", !!errors.name, true)}
              />
            </FormField>
            <FormField label={t("endpoint")} htmlFor="bot-endpoint" description={t("endpointHint")} error={errorText(errors.endpoint)}>
              <Input
                id="bot-endpoint"
                type="url"
                inputMode="url"
                autoComplete="off"
                spellCheck={false}
                placeholder="https://bot.example.com/conversations"
                name="endpoint"
                value={values.endpoint}
                onChange={(event) => change({ endpoint: event.target.value })}
                {...fieldA11y("bot-endpoint", !!errors.endpoint, true)}
              />
            </FormField>
            <div className="grid gap-5 sm:grid-cols-2">
              <FormField
                label={t("handoffMinutes")}
                htmlFor="bot-handoff-minutes"
                description={t("handoffMinutesHint")}
                error={errorText(errors.handoffMinutes)}
              >
                <Input
                  id="bot-handoff-minutes"
                  type="number"
                  inputMode="numeric"
                  min={BOT_HANDOFF_MINUTES.min}
                  max={BOT_HANDOFF_MINUTES.max}
                  name="handoffMinutes"
                  value={values.handoffMinutes}
                  onChange={(event) => change({ handoffMinutes: event.target.value })}
                  {...fieldA11y("bot-handoff-minutes", !!errors.handoffMinutes, true)}
                />
              </FormField>
              <FormField
                label={t("maxErrors")}
                htmlFor="bot-max-errors"
                description={t("maxErrorsHint")}
                error={errorText(errors.maxErrors)}
              >
                <Input
                  id="bot-max-errors"
                  type="number"
                  inputMode="numeric"
                  min={BOT_MAX_ERRORS.min}
                  max={BOT_MAX_ERRORS.max}
                  name="maxErrors"
                  value={values.maxErrors}
                  onChange={(event) => change({ maxErrors: event.target.value })}
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
