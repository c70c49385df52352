import { UserRound } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AgentsFilters } from "@/components/agents/agents-filters";
import { AgentsTable } from "@/components/agents/agents-table";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { QueuesNav } from "@/components/queues/queues-nav";
import { Button } from "@/components/ui/button";
import { agentsListSchema } from "@/lib/agents/agents.schema";
import { countAgents, listAgents } from "@/lib/agents/list-agents";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("agents.title");

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("queues:view");
  const t = await getTranslations();
  const filters = agentsListSchema.parse(await searchParams);
  const [{ agents, total, previousCursor, nextCursor }, allCount] = await Promise.all([listAgents(filters), countAgents()]);
  const canManage = can(user.role, "queues:manage");
  // Agents are users: they are created, and given the Agent role, on Settings → Users.
  const canSeeUsers = can(user.role, "users:view");
  const usersLink = canSeeUsers ? (
    <Link href="/settings/users" className="font-medium text-foreground underline underline-offset-4">
      {t("agents.goToUsers")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("agents.title")} description={t("agents.description")} />
      <QueuesNav current="agents" />
      {allCount === 0 ? (
        <EmptyState
          icon={UserRound}
          title={t("agents.emptyTitle")}
          description={t("agents.usersHint")}
          action={
            canSeeUsers ? (
              <Button asChild>
                <Link href="/settings/users">{t("agents.goToUsers")}</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <p className="flex flex-wrap gap-x-2 text-sm text-muted-foreground">
            <span>{t("agents.usersHint")}</span>
            {usersLink}
          </p>
          <AgentsFilters filters={filters} />
          {agents.length === 0 ? (
            <EmptyState icon={UserRound} title={t("agents.noMatch")} />
          ) : (
            <AgentsTable agents={agents} canManage={canManage} />
          )}
          <PaginationNav
            pathname="/queues/agents"
            params={{ q: filters.q, status: filters.status }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </>
  );
}
