import { Users } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { CreateUserDialog } from "@/components/users/create-user-dialog";
import { UsersFilters } from "@/components/users/users-filters";
import { UsersTable } from "@/components/users/users-table";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { listUsers } from "@/lib/users/list-users";
import { usersListSchema } from "@/lib/users/users.schema";

export const generateMetadata = titled("nav.users");

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("users:view");
  const t = await getTranslations();
  const filters = usersListSchema.parse(await searchParams);
  const { users, total, previousCursor, nextCursor } = await listUsers(filters);
  const canManage = can(user.role, "users:manage");
  return (
    <>
      <PageHeader title={t("users.title")} description={t("users.description")} actions={canManage ? <CreateUserDialog /> : null} />
      <UsersFilters filters={filters} />
      {users.length === 0 ? (
        <EmptyState icon={Users} title={t("users.empty")} />
      ) : (
        <UsersTable users={users} currentUserId={user.id} canManage={canManage} />
      )}
      <PaginationNav
        pathname="/settings/users"
        params={{ q: filters.q, role: filters.role, status: filters.status }}
        previousCursor={previousCursor}
        nextCursor={nextCursor}
        total={total}
      />
    </>
  );
}
