import { KeyRound, Plus } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AccountsFilters } from "@/components/accounts/accounts-filters";
import { AccountsTable } from "@/components/accounts/accounts-table";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { Button } from "@/components/ui/button";
import { accountsListSchema } from "@/lib/accounts/accounts.schema";
import { countAccounts, listAccounts } from "@/lib/accounts/list-accounts";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.accounts");

export default async function AccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("accounts:view");
  const t = await getTranslations();
  const filters = accountsListSchema.parse(await searchParams);
  const [{ accounts, total, previousCursor, nextCursor }, allCount] = await Promise.all([listAccounts(filters), countAccounts()]);
  const canManage = can(user.role, "accounts:manage");
  const newButton = canManage ? (
    <Button asChild>
      <Link href="/channels/accounts/new">
        <Plus aria-hidden="true" />
        {t("accounts.new")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader title={t("nav.accounts")} description={t("sections.accountsDescription")} actions={newButton} />
      {allCount === 0 ? (
        <EmptyState icon={KeyRound} title={t("accounts.emptyTitle")} description={t("accounts.emptyDescription")} action={newButton} />
      ) : (
        <>
          <AccountsFilters filters={filters} />
          {accounts.length === 0 ? <EmptyState icon={KeyRound} title={t("accounts.noMatch")} /> : <AccountsTable accounts={accounts} />}
          <PaginationNav
            pathname="/channels/accounts"
            params={{ q: filters.q, channel: filters.channel, provider: filters.provider, status: filters.status }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </>
  );
}
