import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { messageLogHref, type HeldFilters as Filters } from "@/lib/message-log/message-log.schema";
import { HELD_REASONS, HELD_STATUSES } from "@/lib/message-log/reasons";
import { AccountFilter } from "./account-filter";

export async function HeldFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations("messageLog");
  return (
    <form method="get" role="search" aria-label={t("filtersLabel.held")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value="held" />
      <AccountFilter accountId={filters.accountId} />
      <FilterSelect
        name="reason"
        label={t("held.reason")}
        value={filters.reason}
        options={[
          { value: ALL, label: t("held.allReasons") },
          ...HELD_REASONS.map((value) => ({ value, label: t(`held.reasons.${value}.label`) })),
        ]}
      />
      <FilterSelect
        name="status"
        label={t("held.status")}
        value={filters.status}
        options={HELD_STATUSES.map((value) => ({ value, label: t(`held.statuses.${value}`) }))}
      />
      <FilterActions clearHref={messageLogHref("held")} />
    </form>
  );
}
