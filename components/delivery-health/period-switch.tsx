// "Last 24 hours | Last 7 days": plain links that keep the page's other parameters, so the period is
// in the URL (bookmarkable, works without JavaScript) and each period is a server render.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { pageHref } from "@/components/common/pagination-nav";
import { HEALTH_PERIODS, type HealthPeriod } from "@/lib/delivery-health/period";
import { cn } from "@/lib/utils";

export async function PeriodSwitch({
  pathname,
  params,
  period,
  hash,
}: {
  pathname: string;
  params: Record<string, string | undefined>;
  period: HealthPeriod;
  /** Where the page should land (a section's id), so switching doesn't scroll to the top. */
  hash?: string;
}) {
  const t = await getTranslations("deliveryHealth");
  return (
    <nav aria-label={t("period.label")} className="inline-flex rounded-lg border bg-muted p-0.5">
      {HEALTH_PERIODS.map((value) => (
        <Link
          key={value}
          href={`${pageHref(pathname, { ...params, period: value })}${hash ? `#${hash}` : ""}`}
          aria-current={value === period ? "true" : undefined}
          scroll={!hash}
          className={cn(
            "rounded-md px-3 py-1 text-sm font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring",
            value === period ? "bg-background shadow-sm" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {t(`period.${value}`)}
        </Link>
      ))}
    </nav>
  );
}
