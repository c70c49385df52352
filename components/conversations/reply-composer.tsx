"use client";
// Free-text reply: the text with its live segment count, files when the channel allows agents to
// send them, Ctrl/⌘+Enter to send. Refusals land on the field they concern; a message the provider
// refused stays in the thread with its error, and a toast says so. One field, so plain React state rather
// than react-hook-form (~15 kB gzip the thread would load first, decision 039); the schema (and zod)
// loads with the first send, as lazyZodResolver does for the other forms, and the action checks it again.
import { useLazyQueryClient } from "@/components/common/lazy-query";
import { FileText, Send } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { FieldError } from "react-hook-form";
import { toast } from "@/components/ui/toast";
import { FormBanner } from "@/components/forms/form-banner";
import { checkFields } from "@/components/forms/check-field";
import { useErrorText } from "@/components/forms/use-error-text";
import { Button } from "@/components/ui/button";
import { fieldA11y, FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { sendReplyAction } from "@/lib/conversations/actions";
import { checkAttachments } from "@/lib/conversations/conversation-view";
import { hasMoreCharactersThan, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { AttachmentPicker } from "./attachment-picker";
import { insertQuickReply, QuickReplyMenu, useSlashQuickReplies, type ComposerQuickReplies } from "./quick-replies";
import { encodeFile } from "./encode-file";
import { conversationKeys } from "./query-keys";
import { SegmentInfo } from "./segment-info";
import { useDeliveryErrorText } from "./use-conversation-text";

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
const loadSchema = () => import("@/lib/conversations/conversations.schema").then((module) => module.replyFormSchema);
// "Use a template" swaps in the template picker (next/dynamic in reply-area.tsx): fetched on hover/focus.
const prefetchTemplatePicker = () => void import("./template-picker").catch(() => undefined);
const loadContentTypes = () => import("@/lib/conversations/content-types").then((module) => module.contentTypeFor);

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
  const queryClient = useLazyQueryClient();
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileError, setFileError] = useState<string>();
  const [body, setBody] = useState("");
  const [bodyError, setBodyError] = useState<FieldError>();
  const [isSubmitting, setSubmitting] = useState(false);
  const [isSubmitted, setSubmitted] = useState(false);
  const isOverLimit = hasMoreCharactersThan(body, MAX_MESSAGE_CHARACTERS);
  const hasFileProblems = attachmentRules ? checkAttachments(files, attachmentRules).length > 0 : false;
  const isEmpty = body.trim() === "" && files.length === 0;
  const canSend = !isEmpty && !isOverLimit && !hasFileProblems && !isSubmitting;

  const validate = async (text: string) => (await checkFields(loadSchema, { conversationId, body: text })).body;

  /** After the first send, the text is checked again as it changes (as react-hook-form's forms do). */
  function changeBody(text: string) {
    setBody(text);
    if (isSubmitted) void validate(text).then(setBodyError, () => undefined);
  }

  // A quick reply goes into the text; the caret lands after it, in the focused textarea.
  function applyText(next: { text: string; caret: number }) {
    changeBody(next.text);
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

  async function send() {
    if (isSubmitting) return;
    if (body.trim() === "" && files.length === 0) return;
    const sentBody = body;
    const sentFiles = files;
    setSubmitting(true);
    setSubmitted(true);
    try {
      setBanner(null);
      setFileError(undefined);
      let invalid: FieldError | undefined;
      try {
        invalid = await validate(body);
      } catch {
        setBanner(errorText({ type: "validation", message: "errors.unexpected" }) ?? null);
        return;
      }
      setBodyError(invalid);
      if (invalid) {
        textarea.current?.focus();
        return;
      }
      let attachments: { fileName: string; contentType: string; dataBase64: string }[];
      try {
        const contentTypeFor = files.length > 0 ? await loadContentTypes() : null;
        attachments = await Promise.all(
          files.map(async (file) => ({
            fileName: file.name,
            contentType: contentTypeFor!(file.name, file.type),
            dataBase64: await encodeFile(file),
          })),
        );
      } catch {
        setBanner(t("readFailed"));
        return;
      }
      const result = await sendReplyAction({ conversationId, body: sentBody, attachments });
      if (!result.ok) {
        // File errors show under the picker; the text's on its field, the rest in the banner.
        const fieldErrors = Object.entries(result.fieldErrors ?? {});
        setFileError(fieldErrors.find(([field]) => field.startsWith("attachments"))?.[1]);
        const bodyMessage = fieldErrors.find(([field]) => field === "body")?.[1];
        if (bodyMessage) {
          setBodyError({ type: "server", message: bodyMessage });
          textarea.current?.focus();
        }
        setBanner(result.fieldErrors ? null : result.error);
        await refresh(); // the refusal may come from a change meanwhile (window closed, opt-out, taken)
        return;
      }
      // Clear what was sent, not what the agent has typed or attached since pressing Send (the field stays
      // editable while the send is in flight).
      setBody((current) => (current === sentBody ? "" : current));
      setBodyError(undefined);
      setSubmitted(false);
      setFiles((current) => (current === sentFiles ? [] : current));
      if (result.data.status === "FAILED")
        toast.error(t("failedToast", { reason: deliveryError(provider, result.data.errorCode, result.data.errorMessage) }));
      await refresh();
      textarea.current?.focus();
    } finally {
      setSubmitting(false);
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void send();
  };

  const describedBy = [fieldA11y(BODY_ID, !!bodyError, true)["aria-describedby"], `${BODY_ID}-count`].filter(Boolean).join(" ");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("formLabel")}>
      <FormBanner message={banner} />
      {isUnassigned ? <p className="text-sm text-muted-foreground">{t("takesOnSend")}</p> : null}
      <FormField
        label={t("label")}
        htmlFor={BODY_ID}
        description={quickReplies.replies.length > 0 ? `${t("shortcut")} ${t("quickReplyShortcut")}` : t("shortcut")}
        error={errorText(bodyError)}
      >
        <Textarea
          id={BODY_ID}
          rows={3}
          placeholder={t("placeholder")}
          className="max-h-64 min-h-20"
          name="body"
          value={body}
          {...slash.textareaProps}
          onChange={(event) => {
            changeBody(event.target.value);
            slash.onInput(event.target.value, event.target.selectionStart);
          }}
          onBlur={() => slash.close()}
          ref={textarea}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={describedBy}
          onKeyDown={(event) => {
            if (slash.onKeyDown(event)) return;
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              if (canSend) void send();
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
            <Button
              type="button"
              variant="ghost"
              size="sm"
              onClick={onUseTemplate}
              onPointerEnter={prefetchTemplatePicker}
              onFocus={prefetchTemplatePicker}
            >
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
