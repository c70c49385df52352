// The workstream page's tabs: links (one URL per tab, so Back, Refresh and shared links work) styled
// as tabs; the current one is marked aria-current="page".
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";
import { WORKSTREAM_TABS, workstreamTabHref, type WorkstreamTab } from "@/lib/workstreams/tabs";

export async function WorkstreamTabsNav({ workstreamId, current }: { workstreamId: string; current: WorkstreamTab }) {
  const t = await getTranslations("workstreams.tabs");
  return (
    <nav aria-label={t("label")}>
      <ul className="flex w-fit flex-wrap items-center gap-1 rounded-lg bg-muted p-[3px] text-muted-foreground">
        {WORKSTREAM_TABS.map((tab) => {
          const isCurrent = tab === current;
          return (
            <li key={tab}>
              <Link
                href={workstreamTabHref(workstreamId, tab)}
                aria-current={isCurrent ? "page" : undefined}
                scroll={false}
                className={cn(
                  "inline-flex h-8 items-center rounded-md border border-transparent px-3 text-sm font-medium whitespace-nowrap text-foreground transition-[color,box-shadow] outline-none hover:bg-background/60 focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  isCurrent && "bg-background shadow-sm hover:bg-background",
                )}
              >
                {t(tab)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
