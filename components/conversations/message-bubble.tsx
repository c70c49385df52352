"use client";
// One message of the thread: the customer's on the left, ours on the right, with who sent it, when,
// what kind it is (automated, survey, template, keyword reply), our delivery status and any files.
import { AlertTriangle, Download, FileText } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { fileSizeParts, isInlineImage } from "@/lib/messaging/conversation-view";
import type { ConversationMessage } from "@/lib/messaging/conversations";
import { cn } from "@/lib/utils";
import { useDeliveryErrorText } from "./use-conversation-text";

const LABELLED_KINDS = new Set(["automated", "survey", "template", "keywordReply"]);

const STATUS_STYLES: Record<string, string> = {
  PENDING: "text-muted-foreground",
  QUEUED: "text-muted-foreground",
  SENT: "text-foreground",
  DELIVERED: "border-emerald-700/40 text-emerald-800",
  READ: "border-emerald-700/40 text-emerald-800",
  FAILED: "border-destructive/50 text-destructive",
};

export function MessageBubble({ message, provider }: { message: ConversationMessage; provider: string }) {
  const t = useTranslations("conversations.thread");
  const format = useFormatter();
  const deliveryError = useDeliveryErrorText();
  const isInbound = message.direction === "INBOUND";
  const isFailed = message.status === "FAILED";
  const author = isInbound ? t("customer") : (message.author ?? t("system"));
  const createdAt = new Date(message.createdAt);
  return (
    <li className={cn("flex flex-col gap-1", isInbound ? "items-start" : "items-end")}>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
        <span className="font-medium text-foreground">{author}</span>
        {LABELLED_KINDS.has(message.kind) ? (
          <Badge variant="secondary">{message.kind === "template" && message.templateName ? t("templateNamed", { name: message.templateName }) : t(`kinds.${message.kind}`)}</Badge>
        ) : null}
        <time dateTime={message.createdAt}>{format.dateTime(createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
      </div>
      <div
        className={cn(
          "flex max-w-[min(36rem,85%)] flex-col gap-2 rounded-2xl px-4 py-2.5 text-sm",
          isInbound ? "rounded-tl-sm bg-muted text-foreground" : isFailed ? "rounded-tr-sm border border-destructive/40 bg-background text-foreground" : "rounded-tr-sm bg-primary text-primary-foreground",
        )}
      >
        {message.body ? <p className="whitespace-pre-wrap break-words">{message.body}</p> : null}
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
              {deliveryError(provider, message.errorCode)}
            </p>
          ) : null}
        </div>
      )}
    </li>
  );
}

function AttachmentView({ attachment, isOwn }: { attachment: ConversationMessage["attachments"][number]; isOwn: boolean }) {
  const t = useTranslations("conversations.thread");
  const format = useFormatter();
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
  if (isInlineImage(attachment.contentType)) {
    return (
      <a href={src} target="_blank" rel="noreferrer" className="block overflow-hidden rounded-lg outline-none focus-visible:ring-2 focus-visible:ring-ring">
        {/* A plain <img>: the URL needs the user's session, which the image optimizer doesn't have. */}
        <img src={src} alt={attachment.fileName ? t("imageAlt", { name: attachment.fileName }) : t("imageAltUnnamed")} loading="lazy" className="max-h-72 max-w-full object-contain" />
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
          {size ? t("fileDetails", { type: attachment.contentType, size: format.number(size.value, { style: "unit", unit: size.unit, unitDisplay: "short" }) }) : attachment.contentType}
        </span>
      </span>
      <Download aria-hidden="true" className="size-4 shrink-0" />
      <span className="sr-only">{t("download")}</span>
    </a>
  );
}
