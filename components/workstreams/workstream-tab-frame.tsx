// What every tab of the workstream page shows around its content: the header (name, channel, mode, the
// actions) and the tabs. Each tab is its own route (decision 039: a tab's first load carries only its own
// forms), reached at the same URL as before, `/workstreams/<id>?tab=<tab>`, through next.config's rewrites.
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/common/page-header";
import { WorkstreamActions } from "@/components/workstreams/workstream-actions";
import { WorkstreamTabsNav } from "@/components/workstreams/workstream-tabs-nav";
import type { SessionUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import type { WorkstreamTab } from "@/lib/workstreams/tabs";
import { findWorkstream, listWorkstreamNumbers } from "@/lib/workstreams/workstreams";

export type TabParams = { params: Promise<{ id: string }> };
export type Workstream = NonNullable<Awaited<ReturnType<typeof findWorkstream>>>;

export async function generateWorkstreamMetadata({ params }: TabParams) {
  return { title: (await findWorkstream((await params).id))?.name };
}

/** The workstream, or the 404 page. */
export async function findWorkstreamOr404(id: string): Promise<Workstream> {
  const workstream = await findWorkstream(id);
  if (!workstream) notFound();
  return workstream;
}

export async function WorkstreamTabFrame({
  user,
  workstream,
  tab,
  children,
}: {
  user: SessionUser;
  workstream: Workstream;
  tab: WorkstreamTab;
  children: ReactNode;
}) {
  const t = await getTranslations();
  const { id } = workstream;
  const canManage = can(user.role, "workstreams:manage");
  const numbers = canManage ? await listWorkstreamNumbers(id) : [];
  return (
    <>
      <PageHeader
        title={workstream.name}
        crumbs={[{ label: workstream.name, href: `/workstreams/${id}` }]}
        description={`${t("workstreams.messaging")} · ${t(`accounts.channels.${workstream.channel}`)} · ${t(`workstreams.modes.${workstream.distributionMode}`)}`}
        actions={canManage ? <WorkstreamActions workstream={{ id, name: workstream.name, numbers }} /> : null}
      />
      <WorkstreamTabsNav workstreamId={id} current={tab} />
      {children}
    </>
  );
}
