import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { QueueForm } from "@/components/queues/forms-on-use";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { listOperatingHoursChoices } from "@/lib/queues/list-queues";

export const generateMetadata = titled("queues.newTitle");

export default async function NewQueuePage() {
  await requirePermission("queues:manage");
  const t = await getTranslations();
  const operatingHours = await listOperatingHoursChoices();
  return (
    <>
      <PageHeader title={t("queues.newTitle")} description={t("queues.newDescription")} />
      <QueueForm operatingHours={operatingHours} />
    </>
  );
}
