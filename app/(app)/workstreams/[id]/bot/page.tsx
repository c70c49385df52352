// The workstream page's "Bot" tab, served at /workstreams/<id>?tab=bot (decision 039).
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";
import { BotSection } from "@/components/workstream-settings/bot-section";
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

export default async function WorkstreamBotPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const [settings, t] = await Promise.all([findWorkstreamSettings({ workstreamId: workstream.id }), getTranslations()]);
  if (!settings) notFound();
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="bot">
      <SectionCard id={S.bot.id} title={t(S.bot.titleKey)} description={t(S.bot.descriptionKey)}>
        <BotSection
          workstreamId={workstream.id}
          distributionMode={workstream.distributionMode}
          bot={settings.bot}
          canManage={can(user.role, "workstreams:manage")}
        />
      </SectionCard>
    </WorkstreamTabFrame>
  );
}
