// Delivery health across every account and number: the period's outbound chart and error codes, and
// the numbers (or accounts) with the most problems first.
import { Activity } from "lucide-react";
import Link from "next/link";
import { getTimeZone, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { SectionCard } from "@/components/common/section-card";
import { ErrorCodes } from "@/components/delivery-health/error-codes";
import { OutcomeChart } from "@/components/delivery-health/outcome-chart";
import { PeriodSwitch } from "@/components/delivery-health/period-switch";
import { RankingTable } from "@/components/delivery-health/ranking-table";
import { requirePermission } from "@/lib/auth/guards";
import { getOverallHealth, HEALTH_VIEWS, listHealthRanking, type HealthView } from "@/lib/delivery-health/health";
import { healthWindow, readHealthPeriod } from "@/lib/delivery-health/period";
import { titled } from "@/lib/i18n/page-title";
import { keysetCursorSchema } from "@/lib/pagination/keyset";
import { cn } from "@/lib/utils";

export const generateMetadata = titled("nav.health");

export default async function DeliveryHealthPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("accounts:view");
  const t = await getTranslations();
  const query = await searchParams;
  const period = readHealthPeriod(query.period);
  const view: HealthView = query.view === "accounts" ? "accounts" : "numbers";
  const now = new Date();
  const window = healthWindow(period, now, await getTimeZone());
  const [overall, ranking] = await Promise.all([
    getOverallHealth({ window }),
    listHealthRanking({ view, window, cursor: keysetCursorSchema.parse(query) }),
  ]);
  const params = { period, view };
  return (
    <>
      <PageHeader title={t("nav.health")} description={t("sections.healthDescription")} />
      <PeriodSwitch pathname="/channels/health" params={{ view }} period={period} />
      <SectionCard id="overview" title={t("deliveryHealth.overviewTitle")}>
        {overall.sent === 0 ? (
          <EmptyState icon={Activity} title={t("deliveryHealth.empty.title")} description={t("deliveryHealth.empty.all")} />
        ) : (
          <div className="flex flex-col gap-6">
            <p className="text-sm">
              {t("deliveryHealth.overviewSummary", {
                sent: overall.sent,
                delivered: overall.outcomes.delivered,
                failed: overall.outcomes.failed + overall.outcomes.undelivered,
              })}
            </p>
            <OutcomeChart id="overall-outcomes" period={period} buckets={overall.buckets} />
            <ErrorCodes id="overall-errors" codes={overall.errorCodes} />
          </div>
        )}
      </SectionCard>
      <SectionCard id="ranking" title={t("deliveryHealth.ranking.title")} description={t("deliveryHealth.ranking.description")}>
        <div className="flex flex-col gap-4">
          <nav aria-label={t("deliveryHealth.view.label")} className="flex gap-4 border-b text-sm">
            {HEALTH_VIEWS.map((value) => (
              <Link
                key={value}
                href={`/channels/health?period=${period}&view=${value}`}
                aria-current={value === view ? "page" : undefined}
                className={cn(
                  "-mb-px border-b-2 px-1 pb-2 font-medium outline-none focus-visible:ring-2 focus-visible:ring-ring",
                  value === view ? "border-primary" : "border-transparent text-muted-foreground hover:text-foreground",
                )}
              >
                {t(`deliveryHealth.view.${value}`)}
              </Link>
            ))}
          </nav>
          {ranking.total === 0 ? (
            <EmptyState icon={Activity} title={t(`deliveryHealth.ranking.empty.${view}`)} />
          ) : (
            <>
              <RankingTable rows={ranking.rows} period={period} now={now} />
              <PaginationNav
                pathname="/channels/health"
                params={params}
                previousCursor={ranking.previousCursor}
                nextCursor={ranking.nextCursor}
                total={{ count: ranking.total, capped: false }}
              />
            </>
          )}
        </div>
      </SectionCard>
    </>
  );
}
