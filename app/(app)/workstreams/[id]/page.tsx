import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AutomatedMessagesManager } from "@/components/automated-messages/automated-messages-manager";
import { ChannelInstancesSection } from "@/components/channel-instances/channel-instances-section";
import { EffectiveMessagesSection } from "@/components/automated-messages/effective-messages-section";
import { AdvancedSettingsSection } from "@/components/workstream-settings/advanced-settings-section";
import { BotSection } from "@/components/workstream-settings/bot-section";
import { WORKSTREAM_SETTINGS_SECTIONS as S } from "@/lib/workstreams/settings/sections";
import { findWorkstreamSettings } from "@/lib/workstreams/settings/workstream-settings";
import { PageHeader } from "@/components/common/page-header";
import { SectionCard } from "@/components/common/section-card";
import { RoutingRules } from "@/components/routing-rules/routing-rules";
import { WorkDistributionForm } from "@/components/workstreams/work-distribution-form";
import { WorkstreamActions } from "@/components/workstreams/workstream-actions";
import { WorkstreamDetailsForm } from "@/components/workstreams/workstream-details-form";
import { WorkstreamTabsNav } from "@/components/workstreams/workstream-tabs-nav";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listAutomatedMessages } from "@/lib/workstreams/automated-messages/automated-messages";
import { listRoutingRules } from "@/lib/workstreams/routing-rules/routing-rules";
import { findWorkstream, listQueueChoices, listWorkstreamNumbers } from "@/lib/workstreams/workstreams";
import { parseStringArray } from "@/lib/stored-json";
import { parseWorkstreamTab } from "@/lib/workstreams/tabs";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await findWorkstream((await params).id))?.name };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ tab?: string | string[] }> };

export default async function WorkstreamPage({ params, searchParams }: Props) {
  const user = await requirePermission("workstreams:view");
  const { id } = await params;
  const tab = parseWorkstreamTab((await searchParams).tab);
  const workstream = await findWorkstream(id);
  if (!workstream) notFound();
  const t = await getTranslations();
  const canManage = can(user.role, "workstreams:manage");
  const numbers = await listWorkstreamNumbers(id);
  return (
    <>
      <PageHeader
        title={workstream.name}
        crumbs={[{ label: workstream.name, href: `/workstreams/${id}` }]}
        description={`${t("workstreams.messaging")} · ${t(`accounts.channels.${workstream.channel}`)} · ${t(`workstreams.modes.${workstream.distributionMode}`)}`}
        actions={canManage ? <WorkstreamActions workstream={{ id, name: workstream.name, numbers }} /> : null}
      />
      <WorkstreamTabsNav workstreamId={id} current={tab} />
      {/* Only the current tab is read and rendered; each tab has its own Save. */}
      {tab === "overview" ? (
        <>
          <ChannelInstancesSection workstreamId={id} channel={workstream.channel} canManage={canManage} />
          <SectionCard id="workstream-details" title={t("workstreams.sections.details")} description={t("workstreams.modeFixed")}>
            <WorkstreamDetailsForm
              workstreamId={id}
              name={workstream.name}
              fallbackQueueId={workstream.fallbackQueueId}
              queues={await listQueueChoices()}
              canManage={canManage}
            />
          </SectionCard>
        </>
      ) : null}
      {tab === "distribution" ? (
        <SectionCard id="workstream-distribution" title={t("workstreams.sections.distribution")}>
          <WorkDistributionForm
            canManage={canManage}
            values={{
              workstreamId: id,
              distributionMode: workstream.distributionMode,
              capacityUnits: workstream.capacityUnits,
              capacityProfile: workstream.capacityProfile,
              autoCloseMinutes: workstream.autoCloseMinutes,
              wrapUpBlock: workstream.wrapUpBlock,
              wrapUpMinutes: workstream.wrapUpMinutes,
              allowedPresences: parseStringArray(workstream.allowedPresences),
              skillMatching: workstream.skillMatching,
              keepSameAgent: workstream.keepSameAgent,
            }}
          />
        </SectionCard>
      ) : null}
      {tab === "routing" ? (
        <SectionCard id="workstream-routing" title={t("routingRules.title")} description={t("routingRules.description")}>
          <RoutingRules
            workstreamId={id}
            rules={await listRoutingRules(id)}
            fallbackQueue={{ id: workstream.fallbackQueueId, name: workstream.fallbackQueue.name }}
            channel={workstream.channel}
            canManage={can(user.role, "routing:manage")}
          />
        </SectionCard>
      ) : null}
      {tab === "messages" ? (
        <SectionCard id="workstream-messages" title={t("automatedMessages.section")}>
          <div className="flex flex-col gap-8">
            <AutomatedMessagesManager
              workstreamId={id}
              channel={workstream.channel}
              messages={await listAutomatedMessages({ workstreamId: id })}
              canManage={can(user.role, "automatedMessages:manage")}
            />
            <EffectiveMessagesSection workstreamId={id} />
          </div>
        </SectionCard>
      ) : null}
      {tab === "bot" || tab === "advanced" ? (
        <SettingsTab tab={tab} workstreamId={id} distributionMode={workstream.distributionMode} canManage={canManage} />
      ) : null}
    </>
  );
}

async function SettingsTab({
  tab,
  workstreamId,
  distributionMode,
  canManage,
}: {
  tab: "bot" | "advanced";
  workstreamId: string;
  distributionMode: "PUSH" | "PICK";
  canManage: boolean;
}) {
  const [settings, t] = await Promise.all([findWorkstreamSettings({ workstreamId }), getTranslations()]);
  if (!settings) notFound();
  const section = S[tab];
  return (
    <SectionCard id={section.id} title={t(section.titleKey)} description={t(section.descriptionKey)}>
      {tab === "bot" ? (
        <BotSection workstreamId={workstreamId} distributionMode={distributionMode} bot={settings.bot} canManage={canManage} />
      ) : (
        <AdvancedSettingsSection
          workstreamId={workstreamId}
          quickReplies={settings.quickReplies}
          notificationTemplates={settings.notificationTemplates}
          canManage={canManage}
        />
      )}
    </SectionCard>
  );
}
