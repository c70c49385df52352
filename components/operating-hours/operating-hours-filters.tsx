import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { SearchField } from "@/components/common/search-field";
import type { OperatingHoursListFilters } from "@/lib/workstreams/operating-hours/operating-hours.schema";

export async function OperatingHoursFilters({ filters }: { filters: OperatingHoursListFilters }) {
  const t = await getTranslations("operatingHours");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="operating-hours-q" label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={filters.q} />
      <FilterActions clearHref="/operating-hours" />
    </form>
  );
}
