import { Plus, Workflow } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { SearchField } from "@/components/common/search-field";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { CHANNELS } from "@/lib/accounts/accounts.schema";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { listWorkstreams } from "@/lib/workstreams/workstreams";
import { DISTRIBUTION_MODES, workstreamsListSchema } from "@/lib/workstreams/workstreams.schema";

export const generateMetadata = titled("nav.workstreams");

export default async function WorkstreamsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("workstreams:view");
  const t = await getTranslations();
  const filters = workstreamsListSchema.parse(await searchParams);
  const { workstreams, total, previousCursor, nextCursor } = await listWorkstreams(filters);
  const isFiltered = Boolean(filters.q || filters.channel || filters.mode);
  const create = can(user.role, "workstreams:manage") ? (
    <Button asChild>
      <Link href="/workstreams/new">
        <Plus aria-hidden="true" />
        {t("workstreams.new")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      <PageHeader
        title={t("nav.workstreams")}
        description={t("sections.workstreamsDescription")}
        actions={total.count === 0 && !isFiltered ? null : create}
      />
      {total.count === 0 && !isFiltered ? (
        <EmptyState icon={Workflow} title={t("workstreams.emptyTitle")} description={t("workstreams.emptyDescription")} action={create} />
      ) : (
        <>
          <form method="get" role="search" aria-label={t("workstreams.filtersLabel")} className="flex flex-wrap items-end gap-3">
            <SearchField
              id="workstreams-q"
              label={t("workstreams.searchLabel")}
              placeholder={t("workstreams.searchPlaceholder")}
              value={filters.q}
            />
            <FilterSelect
              name="channel"
              label={t("workstreams.channel")}
              value={filters.channel}
              options={[
                { value: ALL, label: t("accounts.allChannels") },
                ...CHANNELS.map((value) => ({ value, label: t(`accounts.channels.${value}`) })),
              ]}
            />
            <FilterSelect
              name="mode"
              label={t("workstreams.distributionMode")}
              value={filters.mode}
              options={[
                { value: ALL, label: t("workstreams.allModes") },
                ...DISTRIBUTION_MODES.map((value) => ({ value, label: t(`workstreams.modes.${value}`) })),
              ]}
            />
            <FilterActions clearHref="/workstreams" />
          </form>
          {workstreams.length === 0 ? (
            <EmptyState icon={Workflow} title={t("workstreams.noMatch")} />
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead scope="col">{t("workstreams.name")}</TableHead>
                  <TableHead scope="col">{t("workstreams.channel")}</TableHead>
                  <TableHead scope="col">{t("workstreams.distributionMode")}</TableHead>
                  <TableHead scope="col">{t("workstreams.numbers")}</TableHead>
                  <TableHead scope="col">{t("workstreams.queues")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {workstreams.map((workstream) => (
                  <TableRow key={workstream.id}>
                    <TableCell className="font-medium">
                      <Link href={`/workstreams/${workstream.id}`} className="underline-offset-4 hover:underline">
                        {workstream.name}
                      </Link>
                    </TableCell>
                    <TableCell>{t(`accounts.channels.${workstream.channel}`)}</TableCell>
                    <TableCell>{t(`workstreams.modes.${workstream.distributionMode}`)}</TableCell>
                    <TableCell className="font-mono text-xs">{workstream.numbers.join(", ") || "—"}</TableCell>
                    <TableCell>{workstream.queues.map((queue) => queue.name).join(", ")}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <PaginationNav
            pathname="/workstreams"
            params={{ q: filters.q, channel: filters.channel, mode: filters.mode }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </>
  );
}
