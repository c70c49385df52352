"use client";
// Add or edit one automated message — channel level, or one number's own (with `channelInstance`):
// trigger, language, text with placeholders, and whether it is sent. The text's problems and its SMS
// cost show while typing.
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { OptionSelect } from "@/components/forms/option-select";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { fieldA11y, fieldDescriptionId, fieldErrorId, FormField } from "@/components/ui/form-field";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { Channel } from "@/lib/accounts/accounts.constants";
import { saveAutomatedMessageAction } from "@/lib/workstreams/automated-messages/actions";
import { type AutomatedMessageForm } from "@/lib/workstreams/automated-messages/automated-messages.schema";
import { insertAtSelection, previewAutomatedMessage, PREVIEW_VALUES } from "@/lib/workstreams/automated-messages/editor";
import { AUTOMATED_MESSAGE_TRIGGERS, PLACEHOLDERS } from "@/lib/workstreams/automated-messages/message-text";
import { localeOptions } from "@/lib/workstreams/locales";
import { LocaleCombobox } from "./locale-combobox";
import { SegmentCounter } from "./segment-counter";
import { TextProblems } from "./text-problems";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

export type AutomatedMessageValues = { id: string; trigger: string; locale: string; text: string; isActive: boolean };

/** The number (channel instance) whose own message this is; absent = channel level. */
export type AutomatedMessageLevel = { channelInstanceId: string; numberLabel: string };

type Props = {
  workstreamId: string;
  channel: Channel;
  channelInstance?: AutomatedMessageLevel;
  message?: AutomatedMessageValues;
  onClose: () => void;
};

export function AutomatedMessageDialog({ workstreamId, channel, channelInstance, message, onClose }: Props) {
  const t = useTranslations("automatedMessages");
  const to = useTranslations("automatedMessages.overrides");
  const number = channelInstance?.numberLabel ?? "";
  const tc = useTranslations("common");
  const displayLocale = useLocale();
  const router = useRouter();
  const errorText = useErrorText();
  const [banner, setBanner] = useState<string | null>(null);
  const [isLocaleListOpen, setIsLocaleListOpen] = useState(false);
  const textRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm({
    resolver: lazyZodResolver(() =>
      import("@/lib/workstreams/automated-messages/automated-messages.schema").then((module) => module.automatedMessageFormSchema),
    ),
    mode: "onTouched",
    defaultValues: {
      workstreamId,
      channelInstanceId: channelInstance?.channelInstanceId ?? null,
      messageId: message?.id,
      trigger: (message?.trigger ?? "") as AutomatedMessageForm["trigger"],
      locale: (message?.locale ?? "") as AutomatedMessageForm["locale"],
      text: message?.text ?? "",
      isActive: message?.isActive ?? true,
    },
  });
  const trigger = useWatch({ control: form.control, name: "trigger" });
  const text = useWatch({ control: form.control, name: "text" }) ?? "";
  const triggerOptions = useMemo(() => AUTOMATED_MESSAGE_TRIGGERS.map((code) => ({ value: code, label: t(`triggers.${code}`) })), [t]);
  const locales = useMemo(() => localeOptions(displayLocale), [displayLocale]);
  const { errors, isSubmitting } = form.formState;
  const { ref: registerTextRef, ...textField } = form.register("text");

  const onSubmit = form.handleSubmit(async (values) => {
    setBanner(null);
    const result = await saveAutomatedMessageAction(values);
    if (!result.ok) return void setBanner(applyActionFailure(form, result));
    toast.success(message ? t("updated") : t("added"));
    onClose();
    router.refresh();
  });

  function insertPlaceholder(placeholder: string) {
    const element = textRef.current;
    const current = form.getValues("text") ?? "";
    const next = insertAtSelection(
      current,
      placeholder,
      element?.selectionStart ?? current.length,
      element?.selectionEnd ?? current.length,
    );
    const { isTouched } = form.getFieldState("text");
    form.setValue("text", next.text, { shouldDirty: true, shouldValidate: isTouched || form.formState.isSubmitted });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(next.caret, next.caret);
    });
  }

  return (
    <Dialog open onOpenChange={(open) => (open ? null : onClose())}>
      <DialogContent
        closeLabel={tc("close")}
        className="max-h-[90vh] overflow-y-auto sm:max-w-2xl"
        // While the language list is open, Escape closes the list, not the dialog.
        onEscapeKeyDown={(event) => (isLocaleListOpen ? event.preventDefault() : undefined)}
      >
        <DialogHeader>
          <DialogTitle>
            {channelInstance ? to(message ? "editTitle" : "addTitle", { number }) : message ? t("editTitle") : t("addTitle")}
          </DialogTitle>
          <DialogDescription>{channelInstance ? to("dialogDescription", { number }) : t("dialogDescription")}</DialogDescription>
        </DialogHeader>
        <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
          <FormBanner message={banner} />
          <div className="grid gap-4 sm:grid-cols-2">
            <FormField
              label={t("trigger")}
              htmlFor="am-trigger"
              description={trigger && t.has(`triggerDescriptions.${trigger}`) ? t(`triggerDescriptions.${trigger}`) : t("triggerHint")}
              error={errorText(errors.trigger)}
            >
              <Controller
                control={form.control}
                name="trigger"
                render={({ field }) => (
                  <OptionSelect
                    id="am-trigger"
                    value={field.value}
                    onChange={field.onChange}
                    options={triggerOptions}
                    invalid={!!errors.trigger}
                    placeholder={t("triggerPlaceholder")}
                  />
                )}
              />
            </FormField>
            <FormField
              label={t("language")}
              htmlFor="am-locale"
              description={channelInstance ? to("languageHint", { number }) : t("languageHint")}
              error={errorText(errors.locale)}
            >
              <Controller
                control={form.control}
                name="locale"
                render={({ field }) => (
                  <LocaleCombobox
                    id="am-locale"
                    value={field.value}
                    options={locales}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    onOpenChange={setIsLocaleListOpen}
                    inputRef={field.ref}
                    invalid={!!errors.locale}
                    describedBy={[fieldDescriptionId("am-locale"), errors.locale ? fieldErrorId("am-locale") : null]
                      .filter(Boolean)
                      .join(" ")}
                    placeholder={t("languagePlaceholder")}
                  />
                )}
              />
            </FormField>
          </div>
          <FormField label={t("text")} htmlFor="am-text" description={t("textHint")} error={errorText(errors.text)}>
            <Textarea
              id="am-text"
              rows={5}
              {...textField}
              ref={(element) => {
                registerTextRef(element);
                textRef.current = element;
              }}
              {...fieldA11y("am-text", !!errors.text, true)}
              aria-describedby={[fieldDescriptionId("am-text"), "am-text-counter", errors.text ? fieldErrorId("am-text") : null]
                .filter(Boolean)
                .join(" ")}
            />
            <div className="flex flex-wrap gap-2">
              {PLACEHOLDERS.map((placeholder) => (
                <Button key={placeholder} type="button" variant="outline" size="sm" onClick={() => insertPlaceholder(`{${placeholder}}`)}>
                  {t("insertPlaceholder", { placeholder: `{${placeholder}}` })}
                </Button>
              ))}
            </div>
          </FormField>
          <TextProblems text={text} />
          <SegmentCounter id="am-text-counter" text={text} channel={channel} />
          {text.trim() ? (
            <div role="group" aria-labelledby="am-preview-title" className="rounded-lg border bg-muted/40 p-3 text-sm">
              <p id="am-preview-title" className="mb-1 font-medium">
                {t("preview", { agent: PREVIEW_VALUES.AgentName, queue: PREVIEW_VALUES.QueueName })}
              </p>
              <p className="whitespace-pre-wrap">{previewAutomatedMessage(text)}</p>
            </div>
          ) : null}
          <div className="flex flex-col gap-1">
            <div className="flex items-center gap-3">
              <Controller
                control={form.control}
                name="isActive"
                render={({ field }) => (
                  <Switch
                    id="am-active"
                    checked={field.value}
                    onCheckedChange={field.onChange}
                    onBlur={field.onBlur}
                    ref={field.ref}
                    aria-describedby="am-active-description"
                  />
                )}
              />
              <Label htmlFor="am-active">{t("active")}</Label>
            </div>
            <p id="am-active-description" className="text-sm text-muted-foreground">
              {channelInstance ? to("activeHint", { number }) : t("activeHint")}
            </p>
          </div>
          <DialogFooter>
            <Button type="button" variant="outline" onClick={onClose}>
              {tc("cancel")}
            </Button>
            <Button type="submit" disabled={isSubmitting}>
              {isSubmitting ? tc("saving") : message ? tc("save") : t("add")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
