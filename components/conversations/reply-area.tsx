"use client";
// What sits under the thread: the composer, the template picker once the WhatsApp window has closed
// (or by choice inside it), or why this user can't reply here.
import { Ban, Clock } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { isWindowClosingSoon } from "@/lib/conversations/conversation-view";
import type { ConversationDetail } from "@/lib/conversations/conversations";
import { cn } from "@/lib/utils";
import { ReplyComposer } from "./reply-composer";
import { useWindowText } from "./use-conversation-text";
import { remainingAt, useServerNow } from "./use-server-now";

// The template picker (its form, react-hook-form) is rendered on the server and loaded by the browser only
// where it shows: WhatsApp conversations whose window has closed, or on "Use a template" (decision 039).
const TemplatePicker = dynamic(() => import("./template-picker").then((module) => module.TemplatePicker));

export function ReplyArea({ detail, autoFocus }: { detail: ConversationDetail; autoFocus: boolean }) {
  const t = useTranslations("conversations.composer");
  const { conversation, mode } = detail;
  const [wantsTemplate, setWantsTemplate] = useState(false);
  const [hasSwitched, setHasSwitched] = useState(false);
  const isWhatsApp = conversation.channel === "WHATSAPP";

  let content;
  switch (mode) {
    case "readOnly":
      content = <p className="text-sm text-muted-foreground">{t("readOnly")}</p>;
      break;
    case "resolved":
      content = <p className="text-sm text-muted-foreground">{t("resolved")}</p>;
      break;
    case "optedOut":
      content = <OptOutAlert optedOut={detail.optedOut} />;
      break;
    case "assignedToOther":
      content = <p className="text-sm text-muted-foreground">{t("assignedToOther", { name: conversation.assignee?.name ?? "" })}</p>;
      break;
    case "templateOnly":
      content = (
        <TemplatePicker
          conversationId={conversation.id}
          provider={conversation.provider}
          isWindowOpen={false}
          autoFocus={autoFocus}
          onUseFreeText={null}
        />
      );
      break;
    case "freeText": {
      const switchTo = (template: boolean) => () => {
        setWantsTemplate(template);
        setHasSwitched(true);
      };
      content =
        isWhatsApp && wantsTemplate ? (
          <TemplatePicker
            conversationId={conversation.id}
            provider={conversation.provider}
            isWindowOpen
            autoFocus={hasSwitched}
            onUseFreeText={switchTo(false)}
          />
        ) : (
          <ReplyComposer
            conversationId={conversation.id}
            channel={conversation.channel}
            provider={conversation.provider}
            attachmentRules={detail.attachments}
            isUnassigned={conversation.assignee === null}
            autoFocus={autoFocus || hasSwitched}
            onUseTemplate={isWhatsApp ? switchTo(true) : null}
            quickReplies={detail.quickReplies}
          />
        );
      break;
    }
  }

  return (
    <section aria-labelledby="reply-title" className="flex flex-col gap-3 rounded-lg border p-4">
      <h2 id="reply-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      {conversation.window && mode !== "resolved" && mode !== "optedOut" ? (
        <WindowNotice window={conversation.window} serverTime={detail.serverTime} />
      ) : null}
      {content}
    </section>
  );
}

function WindowNotice({ window, serverTime }: { window: NonNullable<ConversationDetail["conversation"]["window"]>; serverTime: string }) {
  const t = useTranslations("conversations.window");
  const format = useFormatter();
  const windowText = useWindowText();
  const remainingMs = remainingAt(window, serverTime, useServerNow(serverTime));
  if (remainingMs <= 0) {
    return (
      <Alert>
        <Clock aria-hidden="true" />
        <AlertTitle>{t("closed")}</AlertTitle>
        <AlertDescription>{t("closedNotice")}</AlertDescription>
      </Alert>
    );
  }
  return (
    <p
      className={cn(
        "flex items-start gap-2 text-sm",
        isWindowClosingSoon(remainingMs) ? "font-medium text-amber-800" : "text-muted-foreground",
      )}
    >
      <Clock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
      <span>
        {t("openNotice", {
          remaining: windowText(remainingMs),
          closesAt: window.closesAt ? format.dateTime(new Date(window.closesAt), { dateStyle: "medium", timeStyle: "short" }) : "",
        })}
      </span>
    </p>
  );
}

function OptOutAlert({ optedOut }: { optedOut: ConversationDetail["optedOut"] }) {
  const t = useTranslations("conversations.optOut");
  const format = useFormatter();
  if (!optedOut) return null;
  const date = format.dateTime(new Date(optedOut.since), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Alert variant="destructive">
      <Ban aria-hidden="true" />
      <AlertTitle>{t("title")}</AlertTitle>
      <AlertDescription>
        {optedOut.keyword
          ? t("withKeyword", { date, keyword: optedOut.keyword })
          : t(
              optedOut.source === "twilio21610"
                ? "fromTwilio"
                : optedOut.source === "telesignUserResponse"
                  ? "fromTelesign"
                  : "withoutKeyword",
              { date },
            )}
      </AlertDescription>
    </Alert>
  );
}
