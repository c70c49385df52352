import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";

type Props = { queues: { id: string; name: string }[]; queueCount: number; channelInstanceCount: number };

/** "Used by": the queues (by name) and channel instances (by count) that follow these hours. */
export async function OperatingHoursUsage({ queues, queueCount, channelInstanceCount }: Props) {
  const t = await getTranslations("operatingHours.usage");
  return (
    <SectionCard id="oh-usage" title={t("title")}>
      {queueCount === 0 && channelInstanceCount === 0 ? (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      ) : (
        <div className="flex flex-col gap-3 text-sm">
          <div>
            <p className="font-medium">{t("queues", { count: queueCount })}</p>
            {queues.length > 0 ? (
              <ul className="mt-1 list-disc pl-5">
                {queues.map((queue) => (
                  <li key={queue.id}>{queue.name}</li>
                ))}
                {queueCount > queues.length ? <li>{t("moreQueues", { count: queueCount - queues.length })}</li> : null}
              </ul>
            ) : null}
          </div>
          <p className="font-medium">{t("channelInstances", { count: channelInstanceCount })}</p>
        </div>
      )}
    </SectionCard>
  );
}
