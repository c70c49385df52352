// A number's page: what it is, where it belongs, and its delivery health over the chosen period.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SectionCard } from "@/components/common/section-card";
import { HealthSection } from "@/components/delivery-health/health-section";
import { PeriodSwitch } from "@/components/delivery-health/period-switch";
import { requirePermission } from "@/lib/auth/guards";
import { findNumberSummary, getNumberHealth } from "@/lib/delivery-health/health";
import { healthWindow, readHealthPeriod } from "@/lib/delivery-health/period";
import { formatForProvider, formatInternational } from "@/lib/numbers/number-format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props) {
  const number = await findNumberSummary((await params).id);
  return { title: number?.address };
}

export default async function NumberPage({ params, searchParams }: Props) {
  await requirePermission("numbers:view");
  const { id } = await params;
  const number = await findNumberSummary(id);
  if (!number) notFound();
  const t = await getTranslations();
  const period = readHealthPeriod((await searchParams).period);
  const window = healthWindow(period, new Date(), await getTimeZone());
  const shown = formatForProvider({ channel: number.account.channel, address: number.address, e164: number.e164 });
  return (
    <>
      <PageHeader
        title={shown}
        description={[number.displayName, number.e164 ? formatInternational(number.e164) : null].filter(Boolean).join(" · ") || undefined}
      />
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-muted-foreground">{t("deliveryHealth.number.account")}</dt>
        <dd>
          <Link href={`/channels/accounts/${number.account.id}`} className="underline-offset-4 hover:underline">
            {number.account.name}
          </Link>{" "}
          <span className="text-muted-foreground">
            · {t(`accounts.channels.${number.account.channel}`)} · {t(`accounts.providers.${number.account.provider}`)}
          </span>
        </dd>
        <dt className="text-muted-foreground">{t("deliveryHealth.number.workstream")}</dt>
        <dd>
          {number.channelInstance ? (
            <Link href={`/workstreams/${number.channelInstance.workstream.id}`} className="underline-offset-4 hover:underline">
              {number.channelInstance.workstream.name}
            </Link>
          ) : (
            <span className="text-muted-foreground">{t("deliveryHealth.number.noWorkstream")}</span>
          )}
        </dd>
      </dl>
      <SectionCard id="health" title={t("deliveryHealth.title")} description={t("deliveryHealth.numberDescription")}>
        <div className="flex flex-col gap-4">
          <PeriodSwitch pathname={`/channels/numbers/${number.id}`} params={{}} period={period} />
          <HealthSection
            id="number-health"
            scope="number"
            window={window}
            load={async () => (await getNumberHealth({ numberId: number.id, window }))!.health}
          />
        </div>
      </SectionCard>
    </>
  );
}
