// One number's or account's delivery health for a period: the figures, the outbound chart and the
// top error codes. A server component; only the charts load in the browser, after the page.
import { Activity } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { durationParts } from "@/lib/delivery-health/figures";
import type { EntityHealth } from "@/lib/delivery-health/health";
import type { HealthWindow } from "@/lib/delivery-health/period";
import { ErrorCodes } from "./error-codes";
import { OutcomeChart } from "./outcome-chart";

function Figure({ label, value, detail, tone }: { label: string; value: string; detail?: string; tone?: "bad" }) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border p-3">
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd className={tone === "bad" ? "text-xl font-semibold text-destructive" : "text-xl font-semibold"}>{value}</dd>
      {detail ? <dd className="text-xs text-muted-foreground">{detail}</dd> : null}
    </div>
  );
}

export async function HealthReport({
  id,
  health,
  window,
  scope,
}: {
  id: string;
  health: EntityHealth;
  window: HealthWindow;
  scope: "number" | "account";
}) {
  const t = await getTranslations("deliveryHealth");
  const format = await getFormatter();
  const count = (value: number) => format.number(value);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 1 });
  const duration = (ms: number | null) => {
    if (ms === null) return "—";
    const parts = durationParts(ms);
    return t(`duration.${parts.key}`, parts.values);
  };
  const { outcomes, firstResponse } = health;
  const finished = outcomes.delivered + outcomes.failed + outcomes.undelivered;
  const hasTraffic = health.sent > 0 || health.conversations > 0;

  return (
    <div className="flex flex-col gap-6">
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5" aria-label={t("figures.label")}>
        <Figure
          label={t("figures.lastInbound")}
          value={health.lastInboundAt ? format.relativeTime(health.lastInboundAt, window.until) : t("figures.never")}
          detail={health.lastInboundAt ? format.dateTime(health.lastInboundAt, { dateStyle: "medium", timeStyle: "short" }) : undefined}
        />
        <Figure label={t("figures.sent")} value={count(health.sent)} />
        <Figure
          label={t("figures.delivered")}
          value={count(outcomes.delivered)}
          detail={finished > 0 ? t("figures.deliveredRate", { rate: percent(outcomes.delivered / finished) }) : undefined}
        />
        <Figure label={t("figures.failed")} value={count(outcomes.failed)} tone={outcomes.failed > 0 ? "bad" : undefined} />
        <Figure label={t("figures.undelivered")} value={count(outcomes.undelivered)} tone={outcomes.undelivered > 0 ? "bad" : undefined} />
        <Figure
          label={t("figures.signatureFailures")}
          value={count(health.signatureFailures)}
          detail={scope === "number" ? t("figures.signatureFailuresOfAccount") : undefined}
          tone={health.signatureFailures > 0 ? "bad" : undefined}
        />
        <Figure
          label={t("figures.optOutRate")}
          value={health.optOutRate === null ? "—" : percent(health.optOutRate)}
          detail={t("figures.optOutDetail", { optOuts: health.optOuts, conversations: health.conversations })}
        />
        <Figure label={t("figures.waiting")} value={count(health.waiting)} detail={t("figures.now")} />
        <Figure label={t("figures.queuedOutbound")} value={count(health.queuedOutbound)} detail={t("figures.now")} />
        <Figure
          label={t("figures.firstResponse")}
          value={duration(firstResponse.medianMs)}
          detail={
            firstResponse.answered > 0
              ? t(firstResponse.usesOperatingHours ? "figures.firstResponseDetailHours" : "figures.firstResponseDetail", {
                  p90: duration(firstResponse.p90Ms),
                  answered: firstResponse.answered,
                  unanswered: firstResponse.unanswered,
                })
              : t("figures.noResponses", { unanswered: firstResponse.unanswered })
          }
        />
      </dl>
      {hasTraffic ? (
        <>
          <OutcomeChart id={`${id}-outcomes`} period={window.period} buckets={health.buckets} />
          <ErrorCodes id={`${id}-errors`} codes={health.errorCodes} />
        </>
      ) : (
        <EmptyState icon={Activity} title={t("empty.title")} description={t(`empty.${scope}`)} />
      )}
    </div>
  );
}
