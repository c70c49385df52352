"use client";
// Sending an approved WhatsApp template: choose one of the account's templates (those without a
// Content SID can't be sent as templates), fill one input per {{n}} with its example as a hint,
// check the live preview, send.
import { MessageSquareText, RefreshCw, Send } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useRef, useState, type BaseSyntheticEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useLazyQuery, useLazyQueryClient } from "@/components/common/lazy-query";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Skeleton } from "@/components/ui/skeleton";
import { sendTemplateAction } from "@/lib/conversations/actions";
import { templateLanguageName } from "@/lib/templates/languages";
import { extractVariables, renderTemplate } from "@/lib/templates/template-lint";
import { cn } from "@/lib/utils";
import { fetchConversationTemplates, shouldRetry } from "./fetchers";
import { conversationKeys } from "./query-keys";
import { useDeliveryErrorText } from "./use-conversation-text";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Props = {
  conversationId: string;
  provider: string;
  isWindowOpen: boolean;
  autoFocus: boolean;
  /** Inside the window, back to the free-text composer (also after sending). */
  onUseFreeText: (() => void) | null;
};

export function TemplatePicker({ conversationId, provider, isWindowOpen, autoFocus, onUseFreeText }: Props) {
  const t = useTranslations("conversations.templates");
  const locale = useLocale();
  const errorText = useErrorText();
  const deliveryError = useDeliveryErrorText();
  const queryClient = useLazyQueryClient();
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const query = useLazyQuery(
    {
      queryKey: conversationKeys.templates(conversationId),
      queryFn: () => fetchConversationTemplates(conversationId),
      staleTime: 60_000,
      retry: shouldRetry,
    },
    { data: undefined },
  );
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/conversations/conversations.schema").then((module) => module.sendTemplateSchema)),
    defaultValues: { conversationId, templateId: "", variables: {} },
  });
  const templateId = useWatch({ control: form.control, name: "templateId" });
  const values = useWatch({ control: form.control, name: "variables" }) ?? {};
  const template = query.data?.find((candidate) => candidate.id === templateId);
  const variables = template ? extractVariables(template.body) : [];
  const { errors, isSubmitting } = form.formState;
  const variableErrors = errors.variables as Record<string, { message?: string; type?: string }> | undefined;

  const focusFirstTemplate = () => fieldset.current?.querySelector<HTMLInputElement>("input:not(:disabled)")?.focus();

  useEffect(() => {
    if (autoFocus && query.data) focusFirstTemplate();
  }, [autoFocus, query.data]);

  const templateField = form.register("templateId", {
    onChange: (event: { target: { value: string } }) => {
      const chosen = query.data?.find((candidate) => candidate.id === event.target.value);
      form.setValue("variables", Object.fromEntries((chosen ? extractVariables(chosen.body) : []).map((n) => [String(n), ""])));
      form.clearErrors();
      setBanner(null);
    },
  });

  // Built per submit, not during render: the handler reads refs (the React Compiler rule "refs").
  const onSubmit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(async (input) => {
      setBanner(null);
      const result = await sendTemplateAction(input);
      const refresh = () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
          queryClient.invalidateQueries({ queryKey: conversationKeys.lists() }),
        ]);
      if (!result.ok) {
        const message = applyActionFailure(form, result);
        setBanner(result.fieldErrors ? null : message);
        await refresh();
        return;
      }
      form.reset({ conversationId, templateId: "", variables: {} });
      if (result.data.status === "FAILED")
        toast.error(t("failedToast", { reason: deliveryError(provider, result.data.errorCode, result.data.errorMessage) }));
      else toast.success(t("sent"));
      await refresh();
      // The Send button is disabled again: keep focus somewhere useful.
      if (onUseFreeText) onUseFreeText();
      else focusFirstTemplate();
    })(event);

  if (query.isPending) {
    return (
      <div role="status" className="flex flex-col gap-2">
        <span className="sr-only">{t("loading")}</span>
        <Skeleton className="h-16 w-full" />
        <Skeleton className="h-16 w-full" />
      </div>
    );
  }
  if (query.isError) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-2 text-sm text-destructive">
        {t("loadError")}
        <Button type="button" size="sm" variant="outline" onClick={() => void query.refetch()}>
          <RefreshCw aria-hidden="true" />
          {t("retry")}
        </Button>
      </div>
    );
  }

  const switchBack = onUseFreeText ? (
    <Button type="button" variant="ghost" size="sm" onClick={onUseFreeText}>
      <MessageSquareText aria-hidden="true" />
      {t("useFreeText")}
    </Button>
  ) : (
    <span />
  );

  if (query.data.length === 0) {
    return (
      <div className="flex flex-col items-start gap-2">
        <p className="text-sm text-muted-foreground">{t("none")}</p>
        {switchBack}
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label={t("formLabel")}>
      <FormBanner message={banner} />
      <fieldset ref={fieldset} className="flex flex-col gap-2" aria-describedby={errors.templateId ? "template-choice-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">{t("legend")}</legend>
        <ul className="flex flex-col gap-2">
          {query.data.map((candidate) => {
            const isDisabled = !candidate.hasContentSid;
            const hintId = `template-${candidate.id}-hint`;
            return (
              <li key={candidate.id}>
                <label
                  className={cn(
                    "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm has-[:checked]:border-primary has-[:checked]:ring-1 has-[:checked]:ring-primary has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
                    isDisabled && "cursor-not-allowed bg-muted/50",
                  )}
                >
                  <input
                    type="radio"
                    value={candidate.id}
                    disabled={isDisabled}
                    aria-describedby={hintId}
                    className="mt-0.5 size-4 accent-primary"
                    {...templateField}
                  />
                  <span className="flex min-w-0 flex-col gap-1">
                    <span>
                      <span className="font-mono font-medium">{candidate.name}</span>{" "}
                      <span className="text-muted-foreground">· {templateLanguageName(candidate.language, locale)}</span>
                    </span>
                    <span id={hintId} className={cn("line-clamp-2", isDisabled ? "text-amber-800" : "text-muted-foreground")}>
                      {isDisabled ? (isWindowOpen ? t("noContentSidInWindow") : t("noContentSid")) : candidate.body}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
        <div id="template-choice-error" aria-live="polite" className="text-sm text-destructive empty:hidden">
          {errorText(errors.templateId)}
        </div>
      </fieldset>
      {template && variables.length > 0 ? (
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-2 text-sm font-medium">{t("variables")}</legend>
          {variables.map((n) => {
            const id = `template-variable-${n}`;
            const error = variableErrors?.[String(n)];
            return (
              <FormField
                key={`${template.id}-${n}`}
                label={t("variable", { variable: `{{${n}}}` })}
                htmlFor={id}
                error={errorText(error as never)}
              >
                <Input
                  id={id}
                  placeholder={template.examples[String(n)] ?? ""}
                  autoComplete="off"
                  {...form.register(`variables.${n}`)}
                  {...fieldA11y(id, !!error)}
                />
              </FormField>
            );
          })}
        </fieldset>
      ) : null}
      {template ? (
        <div className="rounded-lg border bg-muted/40 p-3 text-sm">
          <p className="mb-1 font-medium">{t("preview")}</p>
          <p className="whitespace-pre-wrap break-words">{renderTemplate(template.body, values)}</p>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        {switchBack}
        <Button type="submit" disabled={!template || isSubmitting}>
          <Send aria-hidden="true" />
          {isSubmitting ? t("sending") : t("send")}
        </Button>
      </div>
    </form>
  );
}
