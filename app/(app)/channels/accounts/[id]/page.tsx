import { ShieldAlert, TriangleAlert } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTimeZone, getTranslations } from "next-intl/server";
import { AccountStatusBadge, ValidationBadge } from "@/components/accounts/account-badges";
import { AccountLifecycle } from "@/components/accounts/account-lifecycle";
import { AccountNameForm, CredentialsForm, SignatureModeForm } from "@/components/accounts/forms-on-use";
import { AccountSummary } from "@/components/accounts/account-summary";
import { CallbackInfo } from "@/components/accounts/callback-info";
import { CredentialsUnreadableAlert } from "@/components/accounts/credentials-unreadable-alert";
import { RecentRejectedRequests } from "@/components/accounts/recent-rejected-requests";
import { RevalidateButton } from "@/components/accounts/revalidate-button";
import { PageHeader } from "@/components/common/page-header";
import { HealthSection } from "@/components/delivery-health/health-section";
import { PeriodSwitch } from "@/components/delivery-health/period-switch";
import { SectionCard } from "@/components/common/section-card";
import { NumbersManager } from "@/components/numbers/numbers-manager";
import { HeldMessagesTable } from "@/components/common/held-messages-table";
import { ViewAllInMessageLog } from "@/components/message-log/view-all-link";
import { TemplatesManager } from "@/components/templates/templates-manager";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { findAccountDependents } from "@/lib/accounts/delete-account";
import { findAccountView } from "@/lib/accounts/list-accounts";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getAccountHealth } from "@/lib/delivery-health/health";
import { healthWindow, readHealthPeriod } from "@/lib/delivery-health/period";
import { listRecentHeldMessages } from "@/lib/message-log/list-held-messages";
import { listRecentWebhookFailures } from "@/lib/message-log/list-webhook-failures";
import { listNumberRows } from "@/lib/numbers/number-rows";
import { listTemplates } from "@/lib/templates/save-template";
import { templateSyncState } from "@/lib/templates/twilio-sync";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const account = await findAccountView((await params).id);
  return { title: account?.name };
}

export default async function AccountPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const user = await requirePermission("accounts:view");
  const { id } = await params;
  const account = await findAccountView(id);
  if (!account) notFound();
  const t = await getTranslations();
  const canManage = can(user.role, "accounts:manage");
  const period = readHealthPeriod((await searchParams).period);
  const healthPeriod = healthWindow(period, new Date(), await getTimeZone());
  const isTwilioWhatsApp = account.channel === "WHATSAPP" && account.provider === "TWILIO";
  const [numbers, templates, dependents, held, failures, templateSync] = await Promise.all([
    listNumberRows(account),
    account.channel === "WHATSAPP" ? listTemplates(account.id) : Promise.resolve([]),
    canManage ? findAccountDependents(account.id) : Promise.resolve(null),
    listRecentHeldMessages({ accountId: account.id }),
    listRecentWebhookFailures({ accountId: account.id }),
    isTwilioWhatsApp ? templateSyncState(account.id) : Promise.resolve(null),
  ]);
  return (
    <>
      <PageHeader
        title={account.name}
        crumbs={[{ label: account.name, href: `/channels/accounts/${account.id}` }]}
        description={`${t(`accounts.channels.${account.channel}`)} · ${t(`accounts.providers.${account.provider}`)}`}
        actions={
          <div className="flex gap-2">
            <AccountStatusBadge status={account.status} />
            <ValidationBadge status={account.validationStatus} />
          </div>
        }
      />
      {account.status === "DRAFT" ? (
        <Alert>
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>{t("accounts.draftTitle")}</AlertTitle>
          <AlertDescription>
            <p>{t("accounts.draftDescription")}</p>
            {canManage ? (
              <Button asChild size="sm" className="mt-2">
                <Link href={`/channels/accounts/${account.id}/setup`}>{t("accounts.continueSetup")}</Link>
              </Button>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : null}
      {account.credentialsUnreadable ? <CredentialsUnreadableAlert /> : null}
      {account.status === "INACTIVE" ? (
        <Alert>
          <TriangleAlert aria-hidden="true" />
          <AlertTitle>{t("accounts.inactiveTitle")}</AlertTitle>
          <AlertDescription>{t("accounts.inactiveDescription")}</AlertDescription>
        </Alert>
      ) : null}
      <SectionCard id="overview" title={t("accounts.sections.overview")}>
        <div className="flex flex-col gap-6">
          {canManage ? <AccountNameForm accountId={account.id} name={account.name} /> : null}
          <AccountSummary account={account} numbers={numbers} />
        </div>
      </SectionCard>
      <SectionCard id="credentials" title={t("accounts.sections.credentials")} description={t("accounts.credentials.writeOnly")}>
        <div className="flex flex-col gap-6">
          {canManage ? <RevalidateButton accountId={account.id} /> : null}
          {canManage ? <CredentialsForm mode="update" account={account} nextHref={null} /> : null}
        </div>
      </SectionCard>
      <SectionCard id="numbers" title={t("accounts.sections.numbers")}>
        <NumbersManager account={account} numbers={numbers} canManage={can(user.role, "numbers:manage")} />
      </SectionCard>
      <SectionCard id="callback" title={t("accounts.sections.callback")}>
        <CallbackInfo
          provider={account.provider}
          url={account.callbackUrl}
          customerId={account.telesignCustomerId}
          isSandbox={account.isSandbox}
        />
      </SectionCard>
      <SectionCard id="signature" title={t("accounts.sections.signature")} description={t("accounts.signature.description")}>
        <div className="flex flex-col gap-4">
          {account.signatureMode === "MONITOR" ? (
            <Alert>
              <ShieldAlert aria-hidden="true" />
              <AlertTitle>{t("accounts.signature.monitorOnTitle")}</AlertTitle>
              <AlertDescription>{t("accounts.signature.monitorOnDescription")}</AlertDescription>
            </Alert>
          ) : null}
          <SignatureModeForm accountId={account.id} signatureMode={account.signatureMode} canManage={canManage} />
        </div>
      </SectionCard>
      <SectionCard id="health" title={t("deliveryHealth.title")} description={t("deliveryHealth.accountDescription")}>
        <div className="flex flex-col gap-4">
          <PeriodSwitch pathname={`/channels/accounts/${account.id}`} params={{}} period={period} hash="health" />
          <HealthSection
            id="account-health"
            scope="account"
            window={healthPeriod}
            load={() => getAccountHealth({ accountId: account.id, window: healthPeriod })}
          />
        </div>
      </SectionCard>
      <SectionCard id="rejected" title={t("accounts.sections.rejected")} description={t("accounts.rejectedDescription")}>
        <div className="flex flex-col gap-4">
          <RecentRejectedRequests failures={failures} />
          <ViewAllInMessageLog tab="rejected" filters={{ accountId: account.id }} />
        </div>
      </SectionCard>
      {account.channel === "WHATSAPP" ? (
        <SectionCard id="templates" title={t("accounts.sections.templates")}>
          <TemplatesManager
            accountId={account.id}
            templates={templates}
            canManage={can(user.role, "templates:manage")}
            twilio={templateSync}
          />
        </SectionCard>
      ) : null}
      <SectionCard id="held" title={t("heldMessages.title")} description={t("heldMessages.description")}>
        <div className="flex flex-col gap-4">
          <HeldMessagesTable messages={held} />
          <ViewAllInMessageLog tab="held" filters={{ accountId: account.id, status: "all" }} />
        </div>
      </SectionCard>
      {dependents ? (
        <SectionCard id="lifecycle" title={t("accounts.sections.lifecycle")}>
          <AccountLifecycle
            account={account}
            dependents={{ numbers: dependents.numbers.map((number) => number.address), templateCount: dependents.templateCount }}
          />
        </SectionCard>
      ) : null}
    </>
  );
}
