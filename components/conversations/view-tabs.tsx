"use client";
// The dashboard's tabs as links (the tab is in the URL, so Back and shared links work), each with
// how many open conversations it holds, up to "99+" (counting further would cost a scan per refresh).
import Link from "next/link";
import { useTranslations } from "next-intl";
import { COUNT_CAP, type ConversationView } from "@/lib/conversations/conversations.constants";
import { cn } from "@/lib/utils";

type Props = { views: ConversationView[]; current: ConversationView | null; counts: Partial<Record<ConversationView, number>> | undefined };

export function ViewTabs({ views, current, counts }: Props) {
  const t = useTranslations("conversations.tabs");
  return (
    <nav aria-label={t("label")} className="max-w-full">
      <ul className="inline-flex h-9 max-w-full items-center overflow-x-auto rounded-lg bg-muted p-[3px] text-muted-foreground max-sm:h-auto max-sm:flex-wrap">
        {views.map((view) => {
          const count = counts?.[view];
          return (
            <li key={view} className="h-full max-sm:h-[30px]">
              <Link
                href={`/conversations?view=${view}`}
                aria-current={view === current ? "page" : undefined}
                className={cn(
                  "inline-flex h-full items-center gap-1.5 whitespace-nowrap rounded-md px-3 text-sm font-medium outline-none transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
                  view === current && "bg-background text-foreground shadow-sm",
                )}
              >
                {t(view)}
                {count === undefined ? null : (
                  <>
                    <span aria-hidden="true" className="rounded-full bg-background/80 px-1.5 text-xs tabular-nums text-foreground">
                      {count > COUNT_CAP ? `${COUNT_CAP}+` : count}
                    </span>
                    <span className="sr-only">{count > COUNT_CAP ? t("countMore", { count: COUNT_CAP }) : t("count", { count })}</span>
                  </>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
