// The workstream page's "Routing" tab, served at /workstreams/<id>?tab=routing (decision 039).
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";
import { RoutingRules } from "@/components/routing-rules/routing-rules";
import {
  findWorkstreamOr404,
  generateWorkstreamMetadata,
  WorkstreamTabFrame,
  type TabParams,
} from "@/components/workstreams/workstream-tab-frame";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listRoutingRules } from "@/lib/workstreams/routing-rules/routing-rules";

export const generateMetadata = generateWorkstreamMetadata;

export default async function WorkstreamRoutingPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const t = await getTranslations();
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="routing">
      <SectionCard id="workstream-routing" title={t("routingRules.title")} description={t("routingRules.description")}>
        <RoutingRules
          workstreamId={workstream.id}
          rules={await listRoutingRules(workstream.id)}
          fallbackQueue={{ id: workstream.fallbackQueueId, name: workstream.fallbackQueue.name }}
          channel={workstream.channel}
          canManage={can(user.role, "routing:manage")}
        />
      </SectionCard>
    </WorkstreamTabFrame>
  );
}
