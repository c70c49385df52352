// The Message log's three tabs are links, so the tab (and nothing else) travels in the URL.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MESSAGE_LOG_TABS, messageLogHref, type MessageLogTab } from "@/lib/message-log/message-log.schema";
import { cn } from "@/lib/utils";

export async function MessageLogTabs({ current }: { current: MessageLogTab }) {
  const t = await getTranslations("messageLog.tabs");
  return (
    <nav aria-label={t("label")}>
      <ul className="inline-flex h-9 items-center rounded-lg bg-muted p-[3px] text-muted-foreground max-sm:h-auto max-sm:flex-wrap">
        {MESSAGE_LOG_TABS.map((tab) => (
          <li key={tab} className="h-full max-sm:h-[30px]">
            <Link
              href={messageLogHref(tab)}
              aria-current={tab === current ? "page" : undefined}
              className={cn(
                "inline-flex h-full items-center rounded-md px-3 text-sm font-medium outline-none transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
                tab === current && "bg-background text-foreground shadow-sm",
              )}
            >
              {t(tab)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
