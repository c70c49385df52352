// The workstream page's "Work distribution" tab, served at /workstreams/<id>?tab=distribution (decision 039).
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";
import { WorkDistributionForm } from "@/components/workstreams/work-distribution-form";
import {
  findWorkstreamOr404,
  generateWorkstreamMetadata,
  WorkstreamTabFrame,
  type TabParams,
} from "@/components/workstreams/workstream-tab-frame";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { parseStringArray } from "@/lib/stored-json";

export const generateMetadata = generateWorkstreamMetadata;

export default async function WorkstreamDistributionPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const t = await getTranslations();
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="distribution">
      <SectionCard id="workstream-distribution" title={t("workstreams.sections.distribution")}>
        <WorkDistributionForm
          canManage={can(user.role, "workstreams:manage")}
          values={{
            workstreamId: workstream.id,
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
    </WorkstreamTabFrame>
  );
}
