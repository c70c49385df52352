import { Clock, Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { OperatingHoursFilters } from "@/components/operating-hours/operating-hours-filters";
import { OperatingHoursTable } from "@/components/operating-hours/operating-hours-table";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { countOperatingHours, listOperatingHours } from "@/lib/workstreams/operating-hours/list-operating-hours";
import { operatingHoursListSchema } from "@/lib/workstreams/operating-hours/operating-hours.schema";

export const generateMetadata = titled("nav.operatingHours");

export default async function OperatingHoursPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("operatingHours:view");
  const t = await getTranslations();
  const filters = operatingHoursListSchema.parse(await searchParams);
  const [{ items, total, previousCursor, nextCursor }, allCount] = await Promise.all([listOperatingHours(filters), countOperatingHours()]);
  const newButton = can(user.role, "operatingHours:manage") ? (
    <Button asChild>
      <Link href="/operating-hours/new">
        <Plus aria-hidden="true" />
        {t("operatingHours.new")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t("nav.operatingHours")} description={t("sections.operatingHoursDescription")} actions={newButton} />
      {allCount === 0 ? (
        <EmptyState
          icon={Clock}
          title={t("operatingHours.emptyTitle")}
          description={t("operatingHours.emptyDescription")}
          action={newButton}
        />
      ) : (
        <>
          <OperatingHoursFilters filters={filters} />
          {items.length === 0 ? <EmptyState icon={Clock} title={t("operatingHours.noMatch")} /> : <OperatingHoursTable items={items} />}
          <PaginationNav
            pathname="/operating-hours"
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
