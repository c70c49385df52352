import { ScrollText } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditFiltersSchema } from "@/lib/audit/types";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { choiceLabel } from "@/lib/choices/search-choices";

export const generateMetadata = titled("nav.auditLog");

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("audit:view");
  const t = await getTranslations();
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ events, total, previousCursor, nextCursor }, actorLabel] = await Promise.all([
    listAuditEvents(filters),
    choiceLabel("users", filters.actorId),
  ]);
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters filters={filters} actor={filters.actorId && actorLabel ? { id: filters.actorId, label: actorLabel } : null} />
      {events.length === 0 ? <EmptyState icon={ScrollText} title={t("audit.empty")} /> : <AuditTable events={events} />}
      <PaginationNav
        pathname="/settings/audit-log"
        params={{ actorId: filters.actorId, entityType: filters.entityType, from: filters.from, to: filters.to }}
        previousCursor={previousCursor}
        nextCursor={nextCursor}
        total={total}
      />
    </>
  );
}
