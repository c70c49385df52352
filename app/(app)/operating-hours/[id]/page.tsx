import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { DeleteOperatingHoursButton } from "@/components/operating-hours/delete-operating-hours-button";
import { OperatingHoursEditor } from "@/components/operating-hours/forms-on-use";
import { OperatingHoursUsage } from "@/components/operating-hours/operating-hours-usage";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { findOperatingHours } from "@/lib/workstreams/operating-hours/list-operating-hours";
import { toFormValues } from "@/lib/workstreams/operating-hours/record";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await findOperatingHours((await params).id))?.name };
}

export default async function OperatingHoursRecordPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission("operatingHours:view");
  const record = await findOperatingHours((await params).id);
  if (!record) notFound();
  const t = await getTranslations("operatingHours");
  const canManage = can(user.role, "operatingHours:manage");
  const usage = { queues: record.queues, queueCount: record.queueCount, channelInstanceCount: record.channelInstanceCount };
  return (
    <>
      <PageHeader
        title={record.name}
        crumbs={[{ label: record.name, href: `/operating-hours/${record.id}` }]}
        description={t("recordDescription", { timeZone: record.hours.timeZone })}
        actions={canManage ? <DeleteOperatingHoursButton id={record.id} name={record.name} {...usage} /> : null}
      />
      <OperatingHoursEditor
        initialValues={toFormValues({ id: record.id, name: record.name, hours: record.hours })}
        readOnly={!canManage}
        aside={<OperatingHoursUsage {...usage} />}
      />
    </>
  );
}
