import { ArrowLeft } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { OperatingHoursEditor } from "@/components/operating-hours/forms-on-use";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guards";
import { findSetupWorkstream } from "@/lib/channel-instances/channel-instances";
import { titled } from "@/lib/i18n/page-title";
import { safeReturnPath } from "@/lib/navigation/return-path";
import { newFormValues } from "@/lib/workstreams/operating-hours/record";

export const generateMetadata = titled("operatingHours.newTitle");

// Opened from the Set up SMS / WhatsApp wizard, `returnTo` leads back to its step once the record exists.
const CHANNEL_SETUP_PATH = /^\/workstreams\/([^/?#]+)\/channels\//;

export default async function NewOperatingHoursPage({ searchParams }: { searchParams: Promise<{ returnTo?: string | string[] }> }) {
  await requirePermission("operatingHours:manage");
  const t = await getTranslations();
  const returnTo = safeReturnPath((await searchParams).returnTo);
  const setupWorkstreamId = returnTo?.match(CHANNEL_SETUP_PATH)?.[1];
  const setupWorkstream = setupWorkstreamId ? await findSetupWorkstream(setupWorkstreamId) : null;
  const backLabel = setupWorkstream
    ? t("operatingHours.backTo", { place: t(`channelSetup.title.${setupWorkstream.channel}`) })
    : t("operatingHours.backToPrevious");
  return (
    <>
      <PageHeader
        title={t("operatingHours.newTitle")}
        description={t("operatingHours.newDescription")}
        actions={
          returnTo ? (
            <Button asChild variant="outline">
              <Link href={returnTo}>
                <ArrowLeft aria-hidden="true" />
                {backLabel}
              </Link>
            </Button>
          ) : null
        }
      />
      <OperatingHoursEditor initialValues={newFormValues()} readOnly={false} returnTo={returnTo} />
    </>
  );
}
