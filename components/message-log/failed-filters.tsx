import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { messageLogHref, type FailedFilters as Filters } from "@/lib/message-log/message-log.schema";
import { AccountFilter } from "./account-filter";

export async function FailedFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations("messageLog");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel.failed")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value="failed" />
      <AccountFilter accountId={filters.accountId} />
      <FilterActions clearHref={messageLogHref("failed")} />
    </form>
  );
}
