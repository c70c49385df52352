// One number's automated messages (SPEC §2): its own messages, which override the channel's for the
// same trigger and language, and what its customers receive once both levels are combined.
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { InstanceEffectiveMessages, InstanceMessagesSection } from "@/components/automated-messages/instance-messages-section";
import { PageHeader } from "@/components/common/page-header";
import { SectionCard } from "@/components/common/section-card";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { findChannelInstance } from "@/lib/channel-instances/channel-instances";
import { localeOptions } from "@/lib/workstreams/locales";
import { workstreamTabHref } from "@/lib/workstreams/tabs";

type Props = { params: Promise<{ id: string; instanceId: string }> };

export async function generateMetadata({ params }: Props) {
  const { id, instanceId } = await params;
  const [instance, t] = await Promise.all([
    findChannelInstance({ workstreamId: id, instanceId }),
    getTranslations("automatedMessages.overrides"),
  ]);
  return { title: instance ? t("title", { number: instance.number.providerFormat }) : t("pageTitle") };
}

export default async function InstanceMessagesPage({ params }: Props) {
  const user = await requirePermission("workstreams:view");
  const { id, instanceId } = await params;
  const instance = await findChannelInstance({ workstreamId: id, instanceId });
  if (!instance) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const number = instance.number.providerFormat;
  const language =
    localeOptions(locale).find((option) => option.value === instance.state.defaultLocale)?.label ?? instance.state.defaultLocale;

  return (
    <>
      <PageHeader
        title={t("automatedMessages.overrides.title", { number })}
        crumbs={[{ label: instance.workstream.name, href: `/workstreams/${id}` }]}
        description={t("automatedMessages.overrides.description", {
          workstream: instance.workstream.name,
          channel: t(`accounts.channels.${instance.workstream.channel}`),
          language,
        })}
        actions={
          <Button asChild variant="outline">
            <Link href={workstreamTabHref(id, "messages")}>{t("automatedMessages.overrides.backToWorkstream")}</Link>
          </Button>
        }
      />
      <SectionCard
        id="instance-messages"
        title={t("automatedMessages.overrides.sectionTitle")}
        description={t("automatedMessages.overrides.intro", { number })}
      >
        <InstanceMessagesSection workstreamId={id} channelInstanceId={instanceId} canManage={can(user.role, "automatedMessages:manage")} />
      </SectionCard>
      <SectionCard
        id="instance-effective"
        title={t("automatedMessages.overrides.effectiveTitle")}
        description={t("automatedMessages.overrides.effectiveDescription", { language })}
      >
        <InstanceEffectiveMessages workstreamId={id} channelInstanceId={instanceId} />
      </SectionCard>
    </>
  );
}
