import { Plug } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PageHeader } from "@/components/common/page-header";
import { PaginationNav } from "@/components/common/pagination-nav";
import { InstallIntegrationDialog } from "@/components/integrations/install-integration-dialog";
import { IntegrationStatusBadge } from "@/components/integrations/integration-status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { listIntegrations } from "@/lib/integrations/integrations";
import { integrationsListSchema } from "@/lib/integrations/integrations.schema";

export const generateMetadata = titled("nav.integrations");

export default async function IntegrationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission("integrations:view");
  const t = await getTranslations();
  const filters = integrationsListSchema.parse(await searchParams);
  const { integrations, total, previousCursor, nextCursor } = await listIntegrations(filters);
  const install = can(user.role, "integrations:manage") ? <InstallIntegrationDialog /> : null;
  const isEmpty = total.count === 0 && !filters.q;
  return (
    <>
      {/* One Install button: in the header, or in the empty state when there is nothing yet. */}
      <PageHeader title={t("nav.integrations")} description={t("sections.integrationsDescription")} actions={isEmpty ? null : install} />
      {isEmpty ? (
        <EmptyState icon={Plug} title={t("integrations.emptyTitle")} description={t("integrations.emptyDescription")} action={install} />
      ) : (
        <>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("integrations.name")}</TableHead>
                <TableHead scope="col">{t("integrations.notes")}</TableHead>
                <TableHead scope="col">{t("integrations.statusLabel")}</TableHead>
                <TableHead scope="col" className="text-right">
                  {t("integrations.numberCount")}
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {integrations.map((integration) => (
                <TableRow key={integration.id}>
                  <TableCell className="font-medium">
                    <Link href={`/channels/integrations/${integration.id}`} className="underline-offset-4 hover:underline">
                      {integration.name}
                    </Link>
                  </TableCell>
                  <TableCell className="max-w-md whitespace-normal text-muted-foreground">{integration.notes}</TableCell>
                  <TableCell>
                    <IntegrationStatusBadge status={integration.status} />
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{integration.numberCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <PaginationNav
            pathname="/channels/integrations"
            params={{ q: filters.q }}
            previousCursor={previousCursor}
            nextCursor={nextCursor}
            total={total}
          />
        </>
      )}
    </>
  );
}
