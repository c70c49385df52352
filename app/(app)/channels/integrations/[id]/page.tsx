import { Info } from "lucide-react";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/accounts/forms-on-use";
import { CredentialsUnreadableAlert } from "@/components/accounts/credentials-unreadable-alert";
import { RevalidateButton } from "@/components/accounts/revalidate-button";
import { CopyField } from "@/components/common/copy-field";
import { PageHeader } from "@/components/common/page-header";
import { SectionCard } from "@/components/common/section-card";
import { HeldMessagesTable } from "@/components/common/held-messages-table";
import { ViewAllInMessageLog } from "@/components/message-log/view-all-link";
import { IntegrationDetailsForm } from "@/components/integrations/forms-on-use";
import { IntegrationLifecycle } from "@/components/integrations/integration-lifecycle";
import { IntegrationStatusBadge } from "@/components/integrations/integration-status-badge";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { findAccountView } from "@/lib/accounts/list-accounts";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/env";
import { findIntegrationDependents } from "@/lib/integrations/delete-integration";
import { REGION_AREAS, REGION_DIRECTIONS, regionName, type RegionLabels } from "@/lib/integrations/region-names";
import { listRecentHeldMessages } from "@/lib/message-log/list-held-messages";
import { formatForProvider } from "@/lib/numbers/number-format";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  return { title: (await findAccountView((await params).id))?.name };
}

export default async function IntegrationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const user = await requirePermission("integrations:view");
  const { id } = await params;
  const account = await findAccountView(id);
  if (!account || account.provider !== "TWILIO" || account.channel !== "SMS") notFound();
  const t = await getTranslations();
  const canManage = can(user.role, "integrations:manage");
  const env = getEnv();
  const path = account.callbackPath;
  const regionLabels: RegionLabels = {
    locale: await getLocale(),
    // One t() per name: the catalogs are precompiled, so t.raw can't hand out a whole object (decision 036).
    areas: Object.fromEntries(REGION_AREAS.map((area) => [area, t(`integrations.regionAreas.${area}`)])),
    directions: Object.fromEntries(REGION_DIRECTIONS.map((direction) => [direction, t(`integrations.regionDirections.${direction}`)])),
    withDirection: (area, direction) => t("integrations.regionName", { area, direction }),
  };
  const urls = [
    { label: t("integrations.defaultRegion"), code: undefined, url: `${env.PUBLIC_BASE_URL}${path}` },
    ...env.regionalBaseUrls.map(({ region, baseUrl }) => {
      const name = regionName(region, regionLabels);
      return { label: name ?? region, code: name ? region : undefined, url: `${baseUrl}${path}` };
    }),
  ];
  const [dependents, held] = await Promise.all([findIntegrationDependents(id), listRecentHeldMessages({ accountId: id })]);
  const tab = (await searchParams).tab === "configuration" ? "configuration" : "details";
  return (
    <>
      <PageHeader
        title={account.name}
        crumbs={[{ label: account.name, href: `/channels/integrations/${id}` }]}
        description={t("integrations.pageDescription")}
        actions={<IntegrationStatusBadge status={account.status} />}
      />
      {account.credentialsUnreadable ? <CredentialsUnreadableAlert /> : null}
      <Tabs defaultValue={tab} className="gap-4">
        <TabsList>
          <TabsTrigger value="details">{t("integrations.tabs.details")}</TabsTrigger>
          <TabsTrigger value="configuration">{t("integrations.tabs.configuration")}</TabsTrigger>
        </TabsList>
        <TabsContent value="details" className="flex flex-col gap-6">
          <SectionCard id="integration-details" title={t("integrations.tabs.details")}>
            <IntegrationDetailsForm accountId={id} name={account.name} notes={account.notes} canManage={canManage} />
          </SectionCard>
          <SectionCard id="integration-urls" title={t("integrations.webhookUrls")} description={t("integrations.webhookUrlsHint")}>
            <div className="flex max-w-3xl flex-col gap-4">
              {urls.map((entry) => (
                <CopyField key={entry.url} label={entry.label} code={entry.code} value={entry.url} />
              ))}
            </div>
          </SectionCard>
          <SectionCard id="integration-held" title={t("heldMessages.title")} description={t("heldMessages.description")}>
            <div className="flex flex-col gap-4">
              <HeldMessagesTable messages={held} />
              {can(user.role, "accounts:view") ? <ViewAllInMessageLog tab="held" filters={{ accountId: id, status: "all" }} /> : null}
            </div>
          </SectionCard>
          {canManage ? (
            <SectionCard id="integration-lifecycle" title={t("integrations.statusTitle")}>
              <IntegrationLifecycle
                integration={{
                  id,
                  name: account.name,
                  status: account.status,
                  hasCredentials: account.hasSecret && Boolean(account.twilioAccountSid),
                }}
                numbers={dependents.numbers.map((number) => ({
                  id: number.id,
                  display: formatForProvider({ channel: "SMS", address: number.address, e164: number.e164 }),
                  previousSmsUrl: number.previousSmsUrl,
                }))}
                workstreams={dependents.workstreams}
              />
            </SectionCard>
          ) : null}
        </TabsContent>
        <TabsContent value="configuration" className="flex flex-col gap-6">
          <SectionCard id="integration-credentials" title={t("integrations.credentials")}>
            <div className="flex flex-col gap-6">
              <Alert>
                <Info aria-hidden="true" />
                <AlertDescription>
                  <p>{t("integrations.secondaryTokens")}</p>
                  <p>{t("integrations.subaccountAdvice")}</p>
                </AlertDescription>
              </Alert>
              {canManage && account.hasSecret ? <RevalidateButton accountId={id} /> : null}
              {canManage ? <CredentialsForm mode="update" account={account} nextHref={null} /> : null}
            </div>
          </SectionCard>
        </TabsContent>
      </Tabs>
    </>
  );
}
