import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ROLES } from "@/lib/auth/permissions";
import type { UsersListFilters } from "@/lib/users/users.schema";

export async function UsersFilters({ filters }: { filters: UsersListFilters }) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" aria-label={t("users.filtersLabel")} className="flex flex-wrap items-end gap-3">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="users-q">{t("users.searchLabel")}</Label>
        <Input id="users-q" name="q" type="search" defaultValue={filters.q ?? ""} placeholder={t("users.searchPlaceholder")} className="w-64" />
      </div>
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
