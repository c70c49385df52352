"use client";
// One message of the thread: the customer's on the left, ours on the right, with who sent it, when,
// what kind it is (automated, survey, template, keyword reply), our delivery status and any files.
import { AlertTriangle, Download, FileText, ImageOff, MapPin, Megaphone, MousePointerClick } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { DATE_TIME_WITH_ZONE } from "@/components/common/date-formats";
import { Badge } from "@/components/ui/badge";
import { fileSizeParts, isInlineImage } from "@/lib/conversations/conversation-view";
import type { ConversationMessage } from "@/lib/conversations/conversations";
import { formatCoordinates, mapLink, safeExternalLink } from "@/lib/messaging/message-links";
import { cn } from "@/lib/utils";
import { ResendButton, SendStateNote } from "./send-state-note";
import { useDeliveryErrorText } from "./use-conversation-text";

const LABELLED_KINDS = new Set(["automated", "survey", "template", "keywordReply", "bot"]);

const STATUS_STYLES: Record<string, string> = {
  PENDING: "text-muted-foreground",
  QUEUED: "text-muted-foreground",
  SENT: "text-foreground",
  DELIVERED: "border-emerald-700/40 text-emerald-800",
  READ: "border-emerald-700/40 text-emerald-800",
  FAILED: "border-destructive/50 text-destructive",
};

export function MessageBubble({
  message,
  provider,
  conversationId,
  canAct = false,
}: {
  message: ConversationMessage;
  provider: string;
  conversationId: string;
  /** The user may send in this conversation now (offers Resend on a message that failed unconfirmed). */
  canAct?: boolean;
}) {
  const t = useTranslations("conversations.thread");
  const format = useFormatter();
  const deliveryError = useDeliveryErrorText();
  const isInbound = message.direction === "INBOUND";
  const isFailed = message.status === "FAILED";
  const author = isInbound ? t("customer") : (message.author ?? message.senderName ?? t("system"));
  const createdAt = new Date(message.createdAt);
  return (
    <li className={cn("flex flex-col gap-1", isInbound ? "items-start" : "items-end")}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{author}</span>
        {LABELLED_KINDS.has(message.kind) ? (
          <Badge variant="secondary">
            {message.kind === "template" && message.templateName
              ? t("templateNamed", { name: message.templateName })
              : t(`kinds.${message.kind}`)}
          </Badge>
        ) : null}
        <time dateTime={message.createdAt}>{format.dateTime(createdAt, DATE_TIME_WITH_ZONE)}</time>
      </div>
      <div
        className={cn(
          "flex max-w-[min(36rem,85%)] flex-col gap-2 rounded-2xl px-4 py-2.5 text-sm",
          isInbound
            ? "rounded-tl-sm bg-muted text-foreground"
            : isFailed
              ? "rounded-tr-sm border border-destructive/40 bg-background text-foreground"
              : "rounded-tr-sm bg-primary text-primary-foreground",
        )}
      >
        {message.body ? <p className="whitespace-pre-wrap break-words">{message.body}</p> : null}
        {message.content ? <MessageContentView content={message.content} /> : null}
        {!message.body && !hasShownContent(message.content) && message.attachments.length === 0 ? (
          <p className="text-muted-foreground italic">
            {message.content?.type ? t("unknownKind", { type: message.content.type }) : t("emptyMessage")}
          </p>
        ) : null}
        {message.attachments.map((attachment) => (
          <AttachmentView key={attachment.id} attachment={attachment} isOwn={!isInbound && !isFailed} />
        ))}
      </div>
      {isInbound ? null : (
        <div className="flex max-w-[min(36rem,85%)] flex-col items-end gap-1">
          <Badge variant="outline" className={STATUS_STYLES[message.status]}>
            <span className="sr-only">{t("statusLabel")} </span>
            {t(`statuses.${message.status}`)}
          </Badge>
          {isFailed ? (
            <p className="flex items-start gap-1.5 text-right text-xs text-destructive">
              <AlertTriangle aria-hidden="true" className="mt-0.5 size-3.5 shrink-0" />
              {deliveryError(provider, message.errorCode, message.errorMessage)}
            </p>
          ) : (
            <SendStateNote message={message} provider={provider} />
          )}
          <ResendButton message={message} conversationId={conversationId} canAct={canAct} />
        </div>
      )}
    </li>
  );
}

type Content = NonNullable<ConversationMessage["content"]>;

const hasShownContent = (content: ConversationMessage["content"]) =>
  Boolean(content && (content.location || content.button || content.listReply || content.referral));

/** What a WhatsApp message carried besides text: a place with a map link, the button or list item tapped, the ad. */
function MessageContentView({ content }: { content: Content }) {
  const t = useTranslations("conversations.thread");
  const adLink = safeExternalLink(content.referral?.sourceUrl ?? null);
  const choice = content.button?.text ?? content.button?.payload;
  return (
    <>
      {content.location ? (
        <div className="flex items-start gap-2">
          <MapPin aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <div className="flex min-w-0 flex-col gap-0.5">
            <span className="font-medium">{content.location.label ?? t("location")}</span>
            {content.location.address ? <span className="break-words">{content.location.address}</span> : null}
            <span className="text-xs text-muted-foreground">{formatCoordinates(content.location)}</span>
            <a
              href={mapLink(content.location)}
              target="_blank"
              rel="noreferrer noopener"
              className="text-xs font-medium underline underline-offset-4"
            >
              {t("openMap")}
            </a>
          </div>
        </div>
      ) : null}
      {choice ? (
        <p className="flex items-center gap-2">
          <MousePointerClick aria-hidden="true" className="size-4 shrink-0" />
          {t("buttonReply", { text: choice })}
        </p>
      ) : null}
      {content.listReply ? (
        <p className="flex items-center gap-2">
          <MousePointerClick aria-hidden="true" className="size-4 shrink-0" />
          {t("listReply", { title: content.listReply.title ?? content.listReply.id ?? "" })}
        </p>
      ) : null}
      {content.referral ? (
        <div className="flex items-start gap-2 text-xs">
          <Megaphone aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <div className="flex min-w-0 flex-col gap-0.5">
            <span className="font-medium">{t("referral", { type: content.referral.sourceType ?? "other" })}</span>
            {content.referral.headline ? <span className="break-words">{content.referral.headline}</span> : null}
            {content.referral.body ? <span className="break-words">{content.referral.body}</span> : null}
            {adLink ? (
              <a href={adLink} target="_blank" rel="noreferrer noopener" className="underline underline-offset-4">
                {t("referralLink")}
              </a>
            ) : null}
          </div>
        </div>
      ) : null}
    </>
  );
}

function MediaUnavailable({ reason }: { reason: ConversationMessage["attachments"][number]["unavailableReason"] }) {
  const t = useTranslations("conversations.thread.mediaUnavailable");
  return (
    <p role="status" className="flex items-start gap-2 rounded-lg border border-dashed px-3 py-2 text-xs">
      <ImageOff aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        <span className="font-medium">{t("title")}</span> {t(reason ?? "checking")}
      </span>
    </p>
  );
}

function AttachmentView({ attachment, isOwn }: { attachment: ConversationMessage["attachments"][number]; isOwn: boolean }) {
  const t = useTranslations("conversations.thread");
  const format = useFormatter();
  const [hasFailed, setHasFailed] = useState(false);
  const src = `/api/media/${encodeURIComponent(attachment.id)}`;
  const name = attachment.fileName ?? t("unnamedFile");
  if (attachment.blockedReason) {
    return (
      <p className="flex items-center gap-2 rounded-lg border border-dashed px-3 py-2 text-xs">
        <FileText aria-hidden="true" className="size-4 shrink-0" />
        {t("attachmentBlocked", { type: attachment.contentType })}
      </p>
    );
  }
  // A file the provider couldn't deliver: say so and why (the reason comes with the refresh that the
  // server's live update for it triggers, or the next poll).
  if (attachment.unavailableReason || hasFailed) return <MediaUnavailable reason={attachment.unavailableReason} />;
  if (isInlineImage(attachment.contentType)) {
    return (
      <a
        href={src}
        target="_blank"
        rel="noreferrer"
        className="block overflow-hidden rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring"
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- the URL needs the user's session, which the image optimizer doesn't have */}
        <img
          src={src}
          alt={attachment.fileName ? t("imageAlt", { name: attachment.fileName }) : t("imageAltUnnamed")}
          loading="lazy"
          onError={() => setHasFailed(true)}
          className="max-h-72 max-w-full object-contain"
        />
      </a>
    );
  }
  const size = attachment.size ? fileSizeParts(attachment.size) : null;
  return (
    <a
      href={src}
      download={attachment.fileName ?? true}
      className={cn(
        "flex items-center gap-3 rounded-lg border px-3 py-2 outline-none focus-visible:ring-2 focus-visible:ring-ring",
        isOwn ? "border-primary-foreground/30 text-primary-foreground" : "border-border bg-background text-foreground",
      )}
    >
      <FileText aria-hidden="true" className="size-5 shrink-0" />
      <span className="flex min-w-0 flex-col">
        <span className="truncate font-medium underline underline-offset-4">{name}</span>
        <span className="text-xs">
          {size
            ? t("fileDetails", {
                type: attachment.contentType,
                size: format.number(size.value, { style: "unit", unit: size.unit, unitDisplay: "short" }),
              })
            : attachment.contentType}
        </span>
      </span>
      <Download aria-hidden="true" className="size-4 shrink-0" />
      <span className="sr-only">{t("download")}</span>
    </a>
  );
}
