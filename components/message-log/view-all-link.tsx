import { ArrowRight } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { messageLogHref, type MessageLogTab } from "@/lib/message-log/message-log.schema";

/** "View all in the Message log", on the given tab with the given filters (e.g. one account's). */
export async function ViewAllInMessageLog({ tab, filters }: { tab: MessageLogTab; filters: Record<string, string | undefined> }) {
  const t = await getTranslations("messageLog");
  return (
    <Link
      href={messageLogHref(tab, filters)}
      className="inline-flex items-center gap-1 text-sm font-medium underline-offset-4 hover:underline"
    >
      {t("viewAll")}
      <ArrowRight aria-hidden="true" className="size-4" />
    </Link>
  );
}
