import { ListOrdered, Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { QueuesFilters } from "@/components/queues/queues-filters";
import { QueuesNav } from "@/components/queues/queues-nav";
import { QueuesTable } from "@/components/queues/queues-table";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { countQueues, listQueues } from "@/lib/queues/list-queues";
import { queuesListSchema } from "@/lib/queues/queues.schema";

export const generateMetadata = titled("nav.queues");

export default async function QueuesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("queues:view");
  const t = await getTranslations();
  const filters = queuesListSchema.parse(await searchParams);
  const [{ queues, total, previousCursor, nextCursor }, allCount] = await Promise.all([listQueues(filters), countQueues()]);
  const canManage = can(user.role, "queues:manage");
  const newButton = canManage ? (
    <Button asChild>
      <Link href="/queues/new">
        <Plus aria-hidden="true" />
        {t("queues.new")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t("nav.queues")} description={t("sections.queuesDescription")} actions={newButton} />
      <QueuesNav current="queues" />
      {allCount === 0 ? (
        <EmptyState icon={ListOrdered} title={t("queues.emptyTitle")} description={t("queues.emptyDescription")} action={newButton} />
      ) : (
        <>
          <QueuesFilters filters={filters} />
          {queues.length === 0 ? (
            <EmptyState icon={ListOrdered} title={t("queues.noMatch")} />
          ) : (
            <QueuesTable queues={queues} canManage={canManage} />
          )}
          <PaginationNav
            pathname="/queues"
            params={{ q: filters.q }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </>
  );
}
