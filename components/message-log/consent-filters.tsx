import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { SearchField } from "@/components/common/search-field";
import { messageLogHref, type ConsentFilters as Filters } from "@/lib/message-log/message-log.schema";
import { CONSENT_STATUSES } from "@/lib/message-log/reasons";

export async function ConsentFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations("messageLog");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel.consent")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value="consent" />
      <FilterSelect
        name="status"
        label={t("consent.status")}
        value={filters.status}
        options={[
          { value: ALL, label: t("consent.allStatuses") },
          ...CONSENT_STATUSES.map((value) => ({ value, label: t(`consent.statuses.${value}`) })),
        ]}
      />
      <SearchField
        id="consent-number"
        name="number"
        label={t("consent.ourNumber")}
        placeholder={t("consent.numberPlaceholder")}
        value={filters.number}
      />
      <SearchField
        id="consent-customer"
        name="customer"
        label={t("consent.customer")}
        placeholder={t("consent.customerPlaceholder")}
        value={filters.customer}
      />
      <FilterActions clearHref={messageLogHref("consent")} />
    </form>
  );
}
