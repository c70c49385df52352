"use client";
// The quick replies menu behind QuickReplyMenu (quick-replies.tsx), loaded on first use through LazyPopup
// (decision 039).
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { fillQuickReply } from "@/lib/conversations/quick-replies";
import type { ComposerQuickReplies } from "./quick-replies";

type Props = { quickReplies: ComposerQuickReplies; onChoose: (filledText: string) => void };

export function QuickReplyDropdown({ trigger, defaultOpen, quickReplies, onChoose }: Props & LazyPopupProps) {
  const t = useTranslations("conversations.quickReplies");
  const [hasChosen, setHasChosen] = useState(false);
  return (
    <DropdownMenu defaultOpen={defaultOpen} onOpenChange={(open) => open && setHasChosen(false)}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent
        align="start"
        className="max-h-80 w-[min(28rem,90vw)]"
        // After a choice the composer puts focus back in the text, after the inserted reply.
        onCloseAutoFocus={(event) => hasChosen && event.preventDefault()}
      >
        <DropdownMenuLabel className="text-xs font-normal text-muted-foreground">{t("menuHint")}</DropdownMenuLabel>
        {quickReplies.replies.map((reply) => (
          <DropdownMenuItem
            key={`${reply.locale}-${reply.text}`}
            onSelect={() => {
              setHasChosen(true);
              onChoose(fillQuickReply(reply.text, quickReplies.values));
            }}
          >
            <span className="line-clamp-2 whitespace-pre-line">{reply.text}</span>
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
