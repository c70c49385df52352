"use client";
// The customer beside the thread (issue #14 item 6): their name, their other conversations on any of
// our numbers, and agents' notes on them. A column on wide screens; on narrow ones a section that
// opens with a button, so the thread keeps the screen.
import { ChevronDown, UserRound } from "lucide-react";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { ChannelBadge } from "@/components/conversations/channel-badge";
import { Button } from "@/components/ui/button";
import type { CustomerContext } from "@/lib/customers/customer-context";
import { cn } from "@/lib/utils";
import { CustomerName } from "./customer-name";
import { CustomerNotes } from "./customer-notes";

export function CustomerPanel({ context }: { context: CustomerContext }) {
  const t = useTranslations("customers");
  const headingId = useId();
  const contentId = useId();
  const [isOpen, setOpen] = useState(false);
  return (
    <aside aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border bg-card p-4 xl:sticky xl:top-4 xl:self-start">
      <div className="flex items-center justify-between gap-2">
        <h2 id={headingId} className="flex items-center gap-2 text-base font-semibold">
          <UserRound aria-hidden="true" className="size-4" />
          {t("title")}
        </h2>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          className="xl:hidden"
          aria-expanded={isOpen}
          aria-controls={contentId}
          onClick={() => setOpen((open) => !open)}
        >
          {isOpen ? t("hide") : t("show")}
          <ChevronDown aria-hidden="true" className={cn("transition-transform", isOpen && "rotate-180")} />
        </Button>
      </div>
      <div id={contentId} className={cn("flex-col gap-5", isOpen ? "flex" : "hidden xl:flex")}>
        <CustomerName context={context} />
        <OtherConversations context={context} />
        <CustomerNotes context={context} />
      </div>
    </aside>
  );
}

function OtherConversations({ context }: { context: CustomerContext }) {
  const t = useTranslations("customers.otherConversations");
  const tStatus = useTranslations("conversations.detail.statuses");
  const format = useFormatter();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h3 id={headingId} className="text-sm font-semibold">
        {t("title")}
      </h3>
      {context.otherConversations.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {context.otherConversations.map((other) => (
            <li key={other.id} className="rounded-md border p-2 text-sm">
              <Link href={`/conversations/${other.id}`} className="font-medium underline-offset-4 hover:underline">
                {t("link", { number: other.ourAddress, date: format.dateTime(new Date(other.lastMessageAt), { dateStyle: "medium" }) })}
              </Link>
              <div className="mt-1 flex flex-wrap items-center gap-2 text-muted-foreground">
                <ChannelBadge channel={other.channel} />
                <span>{tStatus(other.status)}</span>
              </div>
              {other.preview ? <p className="mt-1 line-clamp-2 break-words text-muted-foreground">{other.preview}</p> : null}
            </li>
          ))}
        </ul>
      )}
      {context.hasMoreOtherConversations ? <p className="text-sm text-muted-foreground">{t("more")}</p> : null}
    </section>
  );
}
