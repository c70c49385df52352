import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { SearchField } from "@/components/common/search-field";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { SearchCombobox, type ComboboxChoice } from "@/components/common/search-combobox";
import { INVENTORY_STATUSES, WEBHOOK_FILTERS, type InventoryFilters as Filters } from "@/lib/inventory/inventory.schema";

const TYPES = ["LONG_CODE", "GEO", "MOBILE", "SHORT_CODE", "TOLL_FREE"] as const;

export async function InventoryFilters({ filters, account }: { filters: Filters; account: ComboboxChoice | null }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" aria-label={t("inventory.filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="inventory-q" label={t("inventory.searchLabel")} placeholder={t("inventory.searchPlaceholder")} value={filters.q} />
      <FilterSelect
        name="type"
        label={t("numbers.type")}
        value={filters.type}
        options={[{ value: ALL, label: t("inventory.allTypes") }, ...TYPES.map((value) => ({ value, label: t(`numbers.types.${value}`) }))]}
      />
      <SearchCombobox
        name="accountId"
        source="/api/choices/smsAccounts"
        label={t("inventory.integration")}
        value={account}
        allLabel={t("inventory.allIntegrations")}
      />
      <FilterSelect
        name="status"
        label={t("inventory.status")}
        value={filters.status}
        options={[
          { value: ALL, label: t("inventory.allStatuses") },
          ...INVENTORY_STATUSES.map((value) => ({ value, label: t(`inventory.statuses.${value}`) })),
        ]}
      />
      <FilterSelect
        name="webhook"
        label={t("inventory.webhookHealth")}
        value={filters.webhook}
        options={[
          { value: ALL, label: t("inventory.allWebhooks") },
          ...WEBHOOK_FILTERS.map((value) => ({ value, label: t(`inventory.webhookFilters.${value}`) })),
        ]}
      />
      <FilterActions clearHref="/channels/numbers" />
    </form>
  );
}
