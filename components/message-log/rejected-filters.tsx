import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { messageLogHref, type RejectedFilters as Filters } from "@/lib/message-log/message-log.schema";
import { FAILURE_OUTCOMES, FAILURE_PROVIDERS, FAILURE_REASONS } from "@/lib/message-log/reasons";
import { AccountFilter } from "./account-filter";

export async function RejectedFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" aria-label={t("messageLog.filtersLabel.rejected")} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="tab" value="rejected" />
      <AccountFilter accountId={filters.accountId} withUnknown />
      <FilterSelect
        name="outcome"
        label={t("messageLog.rejected.outcome")}
        value={filters.outcome}
        options={[
          { value: ALL, label: t("messageLog.rejected.allOutcomes") },
          ...FAILURE_OUTCOMES.map((value) => ({ value, label: t(`messageLog.rejected.outcomes.${value}`) })),
        ]}
      />
      <FilterSelect
        name="reason"
        label={t("messageLog.rejected.reason")}
        value={filters.reason}
        options={[
          { value: ALL, label: t("messageLog.rejected.allReasons") },
          ...FAILURE_REASONS.map((value) => ({ value, label: t(`messageLog.rejected.reasons.${value}.label`) })),
        ]}
      />
      <FilterSelect
        name="provider"
        label={t("accounts.provider")}
        value={filters.provider}
        options={[
          { value: ALL, label: t("accounts.allProviders") },
          ...FAILURE_PROVIDERS.map((value) => ({ value, label: t(`accounts.providers.${value}`) })),
        ]}
      />
      <FilterActions clearHref={messageLogHref("rejected")} />
    </form>
  );
}
