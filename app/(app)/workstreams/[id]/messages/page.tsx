// The workstream page's "Automated messages" tab, served at /workstreams/<id>?tab=messages (decision 039).
import { getTranslations } from "next-intl/server";
import { AutomatedMessagesManager } from "@/components/automated-messages/automated-messages-manager";
import { EffectiveMessagesSection } from "@/components/automated-messages/effective-messages-section";
import { SectionCard } from "@/components/common/section-card";
import {
  findWorkstreamOr404,
  generateWorkstreamMetadata,
  WorkstreamTabFrame,
  type TabParams,
} from "@/components/workstreams/workstream-tab-frame";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { listAutomatedMessages } from "@/lib/workstreams/automated-messages/automated-messages";

export const generateMetadata = generateWorkstreamMetadata;

export default async function WorkstreamMessagesPage({ params }: TabParams) {
  const user = await requirePermission("workstreams:view");
  const workstream = await findWorkstreamOr404((await params).id);
  const t = await getTranslations();
  return (
    <WorkstreamTabFrame user={user} workstream={workstream} tab="messages">
      <SectionCard id="workstream-messages" title={t("automatedMessages.section")}>
        <div className="flex flex-col gap-8">
          <AutomatedMessagesManager
            workstreamId={workstream.id}
            channel={workstream.channel}
            messages={await listAutomatedMessages({ workstreamId: workstream.id })}
            canManage={can(user.role, "automatedMessages:manage")}
          />
          <EffectiveMessagesSection workstreamId={workstream.id} />
        </div>
      </SectionCard>
    </WorkstreamTabFrame>
  );
}
