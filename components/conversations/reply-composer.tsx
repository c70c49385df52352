"use client";
// Free-text reply: the text with its live segment count, files when the channel allows agents to
// send them, Ctrl/⌘+Enter to send. Refusals land on the field they concern; a message the provider
// refused stays in the thread with its error, and a toast says so.
import { useQueryClient } from "@tanstack/react-query";
import { FileText, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type BaseSyntheticEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { applyActionFailure, useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { sendReplyAction } from "@/lib/conversations/actions";
import { checkAttachments, contentTypeFor } from "@/lib/conversations/conversation-view";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { AttachmentPicker } from "./attachment-picker";
import { insertQuickReply, QuickReplyMenu, useSlashQuickReplies, type ComposerQuickReplies } from "./quick-replies";
import { encodeFile } from "./encode-file";
import { conversationKeys } from "./query-keys";
import { SegmentInfo } from "./segment-info";
import { useDeliveryErrorText } from "./use-conversation-text";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";

type Props = {
  conversationId: string;
  channel: "SMS" | "WHATSAPP";
  provider: string;
  attachmentRules: { allowedTypes: string[]; maxMb: number } | null;
  isUnassigned: boolean;
  autoFocus: boolean;
  onUseTemplate: (() => void) | null;
  quickReplies: ComposerQuickReplies;
};

const BODY_ID = "reply-body";

export function ReplyComposer({
  conversationId,
  channel,
  provider,
  attachmentRules,
  isUnassigned,
  autoFocus,
  onUseTemplate,
  quickReplies,
}: Props) {
  const t = useTranslations("conversations.composer");
  const errorText = useErrorText();
  const deliveryError = useDeliveryErrorText();
  const queryClient = useQueryClient();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const form = useForm({
    resolver: lazyZodResolver(() => import("@/lib/conversations/conversations.schema").then((module) => module.replyFormSchema)),
    defaultValues: { conversationId, body: "" },
  });
  const body = useWatch({ control: form.control, name: "body" }) ?? "";
  const { errors, isSubmitting } = form.formState;
  const isOverLimit = hasMoreCharactersThan(body, MAX_MESSAGE_CHARACTERS);
  const hasFileProblems = attachmentRules ? checkAttachments(files, attachmentRules).length > 0 : false;
  const isEmpty = body.trim() === "" && files.length === 0;
  const canSend = !isEmpty && !isOverLimit && !hasFileProblems && !isSubmitting;
  const { ref: registerRef, onChange: onBodyChange, ...bodyField } = form.register("body");

  // A quick reply goes into the text; the caret lands after it, in the focused textarea.
  function applyText(next: { text: string; caret: number }) {
    form.setValue("body", next.text, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
    requestAnimationFrame(() => {
      const element = textarea.current;
      if (!element) return;
      element.focus();
      element.setSelectionRange(next.caret, next.caret);
    });
  }
  const slash = useSlashQuickReplies({ quickReplies, listId: `${BODY_ID}-quick-replies`, apply: applyText });

  useEffect(() => {
    if (autoFocus) textarea.current?.focus();
  }, [autoFocus]);

  async function refresh() {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: conversationKeys.detail(conversationId) }),
      queryClient.invalidateQueries({ queryKey: conversationKeys.lists() }),
    ]);
  }

  // Built per submit, not during render: the handler reads refs (the React Compiler rule "refs").
  const onSubmit = (event?: BaseSyntheticEvent) =>
    form.handleSubmit(async (values) => {
      if (values.body.trim() === "" && files.length === 0) return;
      setBanner(null);
      setFileError(undefined);
      let attachments: { fileName: string; contentType: string; dataBase64: string }[];
      try {
        attachments = await Promise.all(
          files.map(async (file) => ({
            fileName: file.name,
            contentType: contentTypeFor(file.name, file.type),
            dataBase64: await encodeFile(file),
          })),
        );
      } catch {
        setBanner(t("readFailed"));
        return;
      }
      const result = await sendReplyAction({ conversationId, body: values.body, attachments });
      if (!result.ok) {
        // File errors show under the picker; the rest on their field, or in the banner.
        const fieldErrors = Object.fromEntries(
          Object.entries(result.fieldErrors ?? {}).filter(([field]) => !field.startsWith("attachments")),
        );
        setFileError(Object.entries(result.fieldErrors ?? {}).find(([field]) => field.startsWith("attachments"))?.[1]);
        const message = applyActionFailure(form, { ...result, fieldErrors });
        setBanner(result.fieldErrors ? null : message);
        await refresh(); // the refusal may come from a change meanwhile (window closed, opt-out, taken)
        return;
      }
      form.reset({ conversationId, body: "" });
      setFiles([]);
      if (result.data.status === "FAILED")
        toast.error(t("failedToast", { reason: deliveryError(provider, result.data.errorCode, result.data.errorMessage) }));
      await refresh();
      textarea.current?.focus();
    })(event);

  const describedBy = [fieldA11y(BODY_ID, !!errors.body, true)["aria-describedby"], `${BODY_ID}-count`].filter(Boolean).join(" ");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("formLabel")}>
      <FormBanner message={banner} />
      {isUnassigned ? <p className="text-sm text-muted-foreground">{t("takesOnSend")}</p> : null}
      <FormField
        label={t("label")}
        htmlFor={BODY_ID}
        description={quickReplies.replies.length > 0 ? `${t("shortcut")} ${t("quickReplyShortcut")}` : t("shortcut")}
        error={errorText(errors.body)}
      >
        <Textarea
          id={BODY_ID}
          rows={3}
          placeholder={t("placeholder")}
          className="max-h-64 min-h-20"
          {...bodyField}
          {...slash.textareaProps}
          onChange={(event) => {
            void onBodyChange(event);
            slash.onInput(event.target.value, event.target.selectionStart);
          }}
          onBlur={(event) => {
            slash.close();
            void bodyField.onBlur(event);
          }}
          ref={(element) => {
            registerRef(element);
            textarea.current = element;
          }}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={(event) => {
            if (slash.onKeyDown(event)) return;
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (canSend) void onSubmit();
            }
          }}
        />
      </FormField>
      {slash.list}
      <SegmentInfo id={`${BODY_ID}-count`} text={body} channel={channel} />
      {attachmentRules ? (
        <AttachmentPicker
          id="reply-files"
          files={files}
          onChange={(next) => {
            setFiles(next);
            setFileError(undefined);
          }}
          allowedTypes={attachmentRules.allowedTypes}
          maxMb={attachmentRules.maxMb}
          serverError={fileError}
          disabled={isSubmitting}
        />
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <QuickReplyMenu
            quickReplies={quickReplies}
            disabled={isSubmitting}
            onChoose={(text) => {
              const element = textarea.current;
              const start = element?.selectionStart ?? body.length;
              const end = element?.selectionEnd ?? body.length;
              applyText(insertQuickReply(body, start, end, text));
            }}
          />
          {onUseTemplate ? (
            <Button type="button" variant="ghost" size="sm" onClick={onUseTemplate}>
              <FileText aria-hidden="true" />
              {t("useTemplate")}
            </Button>
          ) : null}
        </div>
        <Button type="submit" disabled={!canSend}>
          <Send aria-hidden="true" />
          {isSubmitting ? t("sending") : t("send")}
        </Button>
      </div>
    </form>
  );
}
