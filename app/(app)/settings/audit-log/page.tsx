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
import { listUserChoices } from "@/lib/users/list-users";

export const generateMetadata = titled("nav.auditLog");

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission("audit:view");
  const t = await getTranslations();
  const filters = auditFiltersSchema.parse(await searchParams);
  const [{ events, total, pageSize }, users] = await Promise.all([listAuditEvents(filters), listUserChoices()]);
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters filters={filters} users={users} />
      {events.length === 0 ? <EmptyState icon={ScrollText} title={t("audit.empty")} /> : <AuditTable events={events} />}
      <PaginationNav
        pathname="/settings/audit-log"
        params={{ actorId: filters.actorId, entityType: filters.entityType, from: filters.from, to: filters.to }}
        page={filters.page}
        pageSize={pageSize}
        total={total}
      />
    </>
  );
}
