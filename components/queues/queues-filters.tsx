import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { SearchField } from "@/components/common/search-field";
import type { QueuesListFilters } from "@/lib/queues/queues.schema";

export async function QueuesFilters({ filters }: { filters: QueuesListFilters }) {
  const t = await getTranslations("queues");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="queues-q" label={t("searchLabel")} placeholder={t("searchPlaceholder")} value={filters.q} />
      <FilterActions clearHref="/queues" />
    </form>
  );
}
