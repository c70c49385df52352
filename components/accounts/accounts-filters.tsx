import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { SearchField } from "@/components/common/search-field";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { ACCOUNT_STATUSES, CHANNELS, PROVIDERS, type AccountsListFilters } from "@/lib/accounts/accounts.schema";

export async function AccountsFilters({ filters }: { filters: AccountsListFilters }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" aria-label={t("accounts.filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="accounts-q" label={t("accounts.searchLabel")} placeholder={t("accounts.searchPlaceholder")} value={filters.q} />
      <FilterSelect
        name="channel"
        label={t("accounts.channel")}
        value={filters.channel}
        options={[
          { value: ALL, label: t("accounts.allChannels") },
          ...CHANNELS.map((value) => ({ value, label: t(`accounts.channels.${value}`) })),
        ]}
      />
      <FilterSelect
        name="provider"
        label={t("accounts.provider")}
        value={filters.provider}
        options={[
          { value: ALL, label: t("accounts.allProviders") },
          ...PROVIDERS.map((value) => ({ value, label: t(`accounts.providers.${value}`) })),
        ]}
      />
      <FilterSelect
        name="status"
        label={t("accounts.statusLabel")}
        value={filters.status}
        options={[
          { value: ALL, label: t("accounts.allStatuses") },
          ...ACCOUNT_STATUSES.map((value) => ({ value, label: t(`accounts.status.${value}`) })),
        ]}
      />
      <FilterActions clearHref="/channels/accounts" />
    </form>
  );
}
