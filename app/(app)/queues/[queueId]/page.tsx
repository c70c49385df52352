import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { SectionCard } from "@/components/common/section-card";
import { DeleteQueueButton } from "@/components/queues/delete-queue-button";
import { QueueForm } from "@/components/queues/forms-on-use";
import { QueueOverview } from "@/components/queues/queue-overview";
import { getQueueUsageDescriber } from "@/components/queues/queue-usage-lines";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { findQueue, findQueueName, listOperatingHoursChoices } from "@/lib/queues/list-queues";

type Params = { params: Promise<{ queueId: string }> };

export async function generateMetadata({ params }: Params) {
  return { title: (await findQueueName((await params).queueId))?.name };
}

export default async function QueuePage({ params }: Params) {
  const user = await requirePermission("queues:view");
  const queue = await findQueue((await params).queueId);
  if (!queue) notFound();
  const t = await getTranslations();
  const canManage = can(user.role, "queues:manage");
  const [operatingHours, describeUsage] = await Promise.all([
    canManage ? listOperatingHoursChoices() : Promise.resolve([]),
    getQueueUsageDescriber(),
  ]);
  const usageLines = describeUsage(queue.usage);
  return (
    <>
      <PageHeader
        title={queue.name}
        crumbs={[{ label: queue.name, href: `/queues/${queue.id}` }]}
        description={t("queues.pageDescription")}
        actions={
          canManage ? (
            <DeleteQueueButton queue={{ id: queue.id, name: queue.name, memberCount: queue.members.length, usage: queue.usage }} />
          ) : null
        }
      />
      {canManage ? (
        <QueueForm
          key={queue.id}
          queue={{ id: queue.id, name: queue.name, operatingHoursId: queue.operatingHours?.id ?? null, members: queue.members }}
          operatingHours={operatingHours}
        />
      ) : (
        <QueueOverview queue={queue} />
      )}
      <SectionCard id="queue-usage" title={t("queues.usedBy")} description={t("queues.usedByDescription")}>
        {usageLines.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("queues.notUsedLong")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {usageLines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
      </SectionCard>
    </>
  );
}
