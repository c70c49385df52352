import { Hash } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { QueryProvider } from "@/components/query-provider";
import { ImportNumberDialog } from "@/components/inventory/import-number-dialog";
import { ImportsPanel } from "@/components/inventory/imports-panel";
import { InventoryFilters } from "@/components/inventory/inventory-filters";
import { InventoryTable } from "@/components/inventory/inventory-table";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { inventoryListSchema } from "@/lib/inventory/inventory.schema";
import { choiceLabel } from "@/lib/choices/search-choices";
import { listInventory } from "@/lib/inventory/list-inventory";

export const generateMetadata = titled("nav.numbers");

export default async function NumberInventoryPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("numbers:view");
  const t = await getTranslations();
  const filters = inventoryListSchema.parse(await searchParams);
  const [{ numbers, total, previousCursor, nextCursor }, accountLabel] = await Promise.all([
    listInventory(filters),
    choiceLabel("smsAccounts", filters.accountId),
  ]);
  const canManage = can(user.role, "numbers:manage");
  const isFiltered = Boolean(filters.q || filters.type || filters.accountId || filters.status || filters.webhook);
  return (
    <QueryProvider>
      <PageHeader
        title={t("nav.numbers")}
        description={t("sections.numbersDescription")}
        actions={canManage ? <ImportNumberDialog /> : null}
      />
      <ImportsPanel canManage={canManage} />
      {total.count === 0 && !isFiltered ? (
        <EmptyState icon={Hash} title={t("inventory.emptyTitle")} description={t("inventory.emptyDescription")} />
      ) : (
        <>
          <InventoryFilters
            filters={filters}
            account={filters.accountId && accountLabel ? { id: filters.accountId, label: accountLabel } : null}
          />
          {numbers.length === 0 ? (
            <EmptyState icon={Hash} title={t("inventory.noMatch")} />
          ) : (
            <InventoryTable numbers={numbers} canManage={canManage} />
          )}
          <PaginationNav
            pathname="/channels/numbers"
            params={{ q: filters.q, type: filters.type, accountId: filters.accountId, status: filters.status, webhook: filters.webhook }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </QueryProvider>
  );
}
