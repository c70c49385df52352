import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { CreateWorkstreamForm } from "@/components/workstreams/create-workstream-form";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { listQueueChoices } from "@/lib/workstreams/workstreams";

export const generateMetadata = titled("workstreams.new");

export default async function NewWorkstreamPage() {
  await requirePermission("workstreams:manage");
  const t = await getTranslations("workstreams");
  return (
    <>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <CreateWorkstreamForm queues={await listQueueChoices()} />
    </>
  );
}
