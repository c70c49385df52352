import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { SearchCombobox, type ComboboxChoice } from "@/components/common/search-combobox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { AUDIT_ENTITY_TYPES, type AuditFilters as Filters } from "@/lib/audit/types";

type Props = { filters: Filters; actor: ComboboxChoice | null };

export async function AuditFilters({ filters, actor }: Props) {
  const t = await getTranslations();
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("audit.filtersLabel")}>
      <SearchCombobox
        name="actorId"
        source="/api/choices/users"
        label={t("audit.userFilter")}
        value={actor}
        allLabel={t("audit.allUsers")}
      />
      <FilterSelect
        name="entityType"
        label={t("audit.typeFilter")}
        value={filters.entityType}
        options={[
          { value: ALL, label: t("audit.allTypes") },
          ...AUDIT_ENTITY_TYPES.map((type) => ({ value: type, label: t(`audit.entityTypes.${type}`) })),
        ]}
      />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-from">{t("audit.from")}</Label>
        <Input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className="w-44" />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="audit-to">{t("audit.to")}</Label>
        <Input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className="w-44" />
      </div>
      <FilterActions clearHref="/settings/audit-log" />
    </form>
  );
}
