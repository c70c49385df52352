"use client";
// Quick replies in the composer (decision 029): typing "/" at the start of a word opens the replies
// for this conversation's language, filtered by what follows; ↑/↓ move, Enter or Tab inserts, Escape
// closes. The textarea keeps focus throughout and points at the active reply with
// aria-activedescendant (a textbox may), and a status line says how many match. The "Quick replies"
// button opens the same replies as a menu. Placeholders are filled as the reply is inserted.
import { MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup } from "@/components/common/lazy-popup";
import type { ConversationDetail } from "@/lib/conversations/conversations";
import { fillQuickReply, matchQuickReplies, slashQuery } from "@/lib/conversations/quick-replies";
import { cn } from "@/lib/utils";

export type ComposerQuickReplies = ConversationDetail["quickReplies"];
type Reply = ComposerQuickReplies["replies"][number];

const MAX_SHOWN = 8;
const loadMenu = () => import("./quick-reply-dropdown").then((module) => module.QuickReplyDropdown);

/** The text with the reply in place of `start…end`, and where the caret goes after it. */
function insert(text: string, start: number, end: number, reply: string) {
  const lead = text.slice(0, start);
  const before = lead === "" || /\s$/.test(lead) ? lead : `${lead} `;
  const after = text.slice(end);
  const spacer = after === "" || /^\s/.test(after) ? "" : " ";
  return { text: `${before}${reply}${spacer}${after}`, caret: before.length + reply.length + spacer.length };
}

/**
 * The "/" list's state for a textarea: call `onInput` with the text and caret after each change, and
 * `onKeyDown` first in the textarea's key handler (it returns true when it used the key).
 */
export function useSlashQuickReplies({
  quickReplies,
  listId,
  apply,
}: {
  quickReplies: ComposerQuickReplies;
  listId: string;
  apply: (next: { text: string; caret: number }) => void;
}) {
  const [slash, setSlash] = useState<{ start: number; end: number; query: string; text: string } | null>(null);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);
  const matches = useMemo(
    () => (slash ? matchQuickReplies(quickReplies.replies, slash.query).slice(0, MAX_SHOWN) : []),
    [slash, quickReplies.replies],
  );
  const isOpen = matches.length > 0;

  function onInput(text: string, caret: number) {
    const found = quickReplies.replies.length > 0 ? slashQuery(text, caret) : null;
    if (!found || found.start === dismissedAt) {
      setSlash(null);
      if (!found) setDismissedAt(null);
      return;
    }
    setSlash({ start: found.start, end: caret, query: found.query, text });
    setActive(0);
  }

  function choose(reply: Reply | undefined) {
    if (!reply || !slash) return;
    apply(insert(slash.text, slash.start, slash.end, fillQuickReply(reply.text, quickReplies.values)));
    setSlash(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!isOpen) return false;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setActive((current) =>
        event.key === "ArrowDown" ? (current + 1) % matches.length : (current - 1 + matches.length) % matches.length,
      );
      return true;
    }
    if ((event.key === "Enter" && !event.ctrlKey && !event.metaKey && !event.shiftKey) || event.key === "Tab") {
      event.preventDefault();
      choose(matches[active]);
      return true;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      setDismissedAt(slash?.start ?? null);
      setSlash(null);
      return true;
    }
    return false;
  }

  const optionId = (index: number) => `${listId}-${index}`;
  return {
    onInput,
    onKeyDown,
    close: () => setSlash(null),
    textareaProps: { "aria-activedescendant": isOpen ? optionId(active) : undefined },
    list: (
      <SlashList
        listId={listId}
        matches={isOpen ? matches : []}
        active={active}
        optionId={optionId}
        onChoose={choose}
        onHover={setActive}
      />
    ),
  };
}

function SlashList({
  listId,
  matches,
  active,
  optionId,
  onChoose,
  onHover,
}: {
  listId: string;
  matches: Reply[];
  active: number;
  optionId: (index: number) => string;
  onChoose: (reply: Reply) => void;
  onHover: (index: number) => void;
}) {
  const t = useTranslations("conversations.quickReplies");
  useEffect(() => {
    if (matches.length > 0) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [active, matches, optionId]);
  return (
    <>
      <p role="status" className="sr-only">
        {matches.length > 0 ? t("matches", { count: matches.length }) : ""}
      </p>
      <ul
        id={listId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={matches.length === 0}
        className="max-h-56 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {matches.map((reply, index) => (
          // Chosen from the keyboard through the textarea (aria-activedescendant); the mouse may click.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- see above
          <li
            key={`${reply.locale}-${reply.text}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            onMouseDown={(event) => event.preventDefault()} // keep the textarea's focus
            onClick={() => onChoose(reply)}
            onMouseMove={() => onHover(index)}
            className={cn("cursor-default rounded-sm px-2 py-1.5 text-sm", index === active && "bg-accent text-accent-foreground")}
          >
            <span className="line-clamp-2 whitespace-pre-line">{reply.text}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The picker button: every reply for this conversation's language, as a menu (loaded on first use, decision 039). */
export function QuickReplyMenu({
  quickReplies,
  onChoose,
  disabled,
}: {
  quickReplies: ComposerQuickReplies;
  onChoose: (filledText: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("conversations.quickReplies");
  if (quickReplies.replies.length === 0) return null;
  return (
    <LazyPopup
      load={loadMenu}
      props={{ quickReplies, onChoose }}
      trigger={
        <Button type="button" variant="ghost" size="sm" disabled={disabled}>
          <MessageSquareText aria-hidden="true" />
          {t("button")}
        </Button>
      }
    />
  );
}

export { insert as insertQuickReply };
