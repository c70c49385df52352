import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { OperatingHoursEditor } from "@/components/operating-hours/operating-hours-editor";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { newFormValues } from "@/lib/operating-hours/record";

export const generateMetadata = titled("operatingHours.newTitle");

export default async function NewOperatingHoursPage() {
  await requirePermission("operatingHours:manage");
  const t = await getTranslations("operatingHours");
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <OperatingHoursEditor initialValues={newFormValues()} readOnly={false} />
    </>
  );
}
