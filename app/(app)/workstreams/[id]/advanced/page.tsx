// The workstream page's "Advanced" tab, served at /workstreams/<id>?tab=advanced (decision 039).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";
import { AdvancedSettingsSection } from "@/components/workstream-settings/advanced-settings-section";
import {
  findWorkstreamOr404,
  generateWorkstreamMetadata,
  WorkstreamTabFrame,
  type TabParams,
} from "@/components/workstreams/workstream-tab-frame";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { WORKSTREAM_SETTINGS_SECTIONS as S } from "@/lib/workstreams/settings/sections";
import { findWorkstreamSettings } from "@/lib/workstreams/settings/workstream-settings";

export const generateMetadata = generateWorkstreamMetadata;

export default async function WorkstreamAdvancedPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const [settings, t] = await Promise.all([findWorkstreamSettings({ workstreamId: workstream.id }), getTranslations()]);
  if (!settings) notFound();
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="advanced">
      <SectionCard id={S.advanced.id} title={t(S.advanced.titleKey)} description={t(S.advanced.descriptionKey)}>
        <AdvancedSettingsSection
          workstreamId={workstream.id}
          quickReplies={settings.quickReplies}
          notificationTemplates={settings.notificationTemplates}
          canManage={can(user.role, "workstreams:manage")}
        />
      </SectionCard>
    </WorkstreamTabFrame>
  );
}
