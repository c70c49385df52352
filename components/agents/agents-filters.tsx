import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { SearchField } from "@/components/common/search-field";
import type { AgentsListFilters } from "@/lib/agents/agents.schema";

export async function AgentsFilters({ filters }: { filters: AgentsListFilters }) {
  const t = await getTranslations("agents");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="agents-q" label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={filters.q} />
      <FilterSelect
        name="status"
        label={t("status")}
        value={filters.status}
        options={[
          { value: ALL, label: t("allStatuses") },
          { value: "active", label: t("active") },
          { value: "inactive", label: t("inactive") },
        ]}
      />
      <FilterActions clearHref="/queues/agents" />
    </form>
  );
}
