import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { SearchField } from "@/components/common/search-field";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { ROLES } from "@/lib/auth/permissions";
import type { UsersListFilters } from "@/lib/users/users.schema";

export async function UsersFilters({ filters }: { filters: UsersListFilters }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" aria-label={t("users.filtersLabel")} className="flex flex-wrap items-end gap-3">
      <SearchField id="users-q" label={t("users.searchLabel")} placeholder={t("users.searchPlaceholder")} value={filters.q} />
      <FilterSelect
        name="role"
        label={t("users.roleFilter")}
        value={filters.role}
        options={[{ value: ALL, label: t("users.allRoles") }, ...ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))]}
      />
      <FilterSelect
        name="status"
        label={t("users.statusFilter")}
        value={filters.status}
        options={[
          { value: ALL, label: t("users.allStatuses") },
          { value: "active", label: t("users.active") },
          { value: "inactive", label: t("users.inactive") },
        ]}
      />
      <FilterActions clearHref="/settings/users" />
    </form>
  );
}
