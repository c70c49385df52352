// The workstream page's overview tab (channel setup, details). The other tabs are routes of their own
// (./distribution, ./routing, ./messages, ./bot, ./advanced), served at `?tab=<tab>` through next.config's
// rewrites, so each tab's first load carries only its own code (decision 039).
import { getTranslations } from "next-intl/server";
import { ChannelInstancesSection } from "@/components/channel-instances/channel-instances-section";
import { SectionCard } from "@/components/common/section-card";
import { WorkstreamDetailsForm } from "@/components/workstreams/workstream-details-form";
import {
  findWorkstreamOr404,
  generateWorkstreamMetadata,
  WorkstreamTabFrame,
  type TabParams,
} from "@/components/workstreams/workstream-tab-frame";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listQueueChoices } from "@/lib/workstreams/workstreams";

export const generateMetadata = generateWorkstreamMetadata;

export default async function WorkstreamPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const t = await getTranslations();
  const canManage = can(user.role, "workstreams:manage");
  const { id } = workstream;
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="overview">
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
    </WorkstreamTabFrame>
  );
}
