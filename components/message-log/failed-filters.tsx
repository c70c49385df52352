import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { messageLogHref, type FailedFilters as Filters } from "@/lib/message-log/message-log.schema";

export async function FailedFilters({ filters, accounts }: { filters: Filters; accounts: { id: string; name: string }[] }) {
  const t = await getTranslations("messageLog");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel.failed")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value="failed" />
      <FilterSelect
        name="accountId"
        label={t("account")}
        value={filters.accountId}
        options={[{ value: ALL, label: t("allAccounts") }, ...accounts.map((account) => ({ value: account.id, label: account.name }))]}
      />
      <FilterActions clearHref={messageLogHref("failed")} />
    </form>
  );
}
