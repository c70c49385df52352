// "New account" wizard, steps 1–5 of a saved draft: Back, Refresh and "continue later" all land here.
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountSummary } from "@/components/accounts/account-summary";
import { CallbackInfo } from "@/components/accounts/callback-info";
import { ChannelStepForm, CredentialsForm } from "@/components/accounts/forms-on-use";
import { DeleteDraftButton } from "@/components/accounts/wizard/delete-draft-button";
import { accountWizard, furthestAllowedStep, type WizardStep } from "@/components/accounts/wizard/steps";
import { ActionButton } from "@/components/common/action-button";
import { WizardFrame } from "@/components/common/wizard-frame";
import { NumbersManager } from "@/components/numbers/numbers-manager";
import { Button } from "@/components/ui/button";
import { completeAccountSetupAction, markCallbackShownAction } from "@/lib/accounts/actions";
import { findAccountView } from "@/lib/accounts/list-accounts";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";
import { listNumberRows } from "@/lib/numbers/number-rows";

export const generateMetadata = titled("accounts.new");

export default async function AccountSetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string }>;
}) {
  await requirePermission("accounts:manage");
  const { id } = await params;
  const account = await findAccountView(id);
  if (!account) notFound();
  if (account.status !== "DRAFT") redirect(`/channels/accounts/${id}`);
  const t = await getTranslations();
  const furthest = furthestAllowedStep(account);
  const hrefFor = (target: WizardStep) => `/channels/accounts/${id}/setup?step=${target}`;
  const step = accountWizard.openable((await searchParams).step, furthest) ?? redirect(hrefFor(furthest));
  // Every step lists them: the "Delete draft" confirmation says which numbers go with the draft.
  const numbers = await listNumberRows(account);

  const navigation = (next: ReactNode, canContinue = true) => (
    <div className="mt-6 flex flex-wrap items-center gap-2">
      <Button asChild variant="outline">
        <Link href={hrefFor(accountWizard.neighbour(step, -1) ?? "channel")}>{t("accounts.wizard.back")}</Link>
      </Button>
      {canContinue ? next : null}
      {!canContinue ? <p className="text-sm text-muted-foreground">{t("accounts.wizard.numbersRequired")}</p> : null}
      <Button asChild variant="ghost">
        <Link href="/channels/accounts">{t("accounts.wizard.continueLater")}</Link>
      </Button>
    </div>
  );

  return (
    <WizardFrame
      wizard={accountWizard}
      current={step}
      furthest={furthest}
      hrefFor={hrefFor}
      title={t("accounts.setupTitle", { name: account.name })}
      crumbs={[{ label: account.name }]}
      actions={
        <DeleteDraftButton account={{ id: account.id, name: account.name }} numbers={numbers.map((number) => number.providerFormat)} />
      }
    >
      {step === "channel" ? <ChannelStepForm draft={account} initial={{}} /> : null}
      {step === "account" ? (
        <CredentialsForm mode="update" account={account} nextHref={hrefFor("numbers")} backHref={hrefFor("channel")} />
      ) : null}
      {step === "numbers" ? (
        <>
          <NumbersManager account={account} numbers={numbers} canManage />
          {navigation(
            <Button asChild>
              <Link href={hrefFor("callback")}>{t("accounts.wizard.next")}</Link>
            </Button>,
            numbers.length > 0,
          )}
        </>
      ) : null}
      {step === "callback" ? (
        <>
          <CallbackInfo
            provider={account.provider}
            url={account.callbackUrl}
            customerId={account.telesignCustomerId}
            isSandbox={account.isSandbox}
          />
          {/* Next records that the callback URL was seen, so a draft reopened later resumes at the summary. */}
          {navigation(
            <ActionButton action={markCallbackShownAction.bind(null, { accountId: account.id })} href={hrefFor("summary")}>
              {t("accounts.wizard.next")}
            </ActionButton>,
          )}
        </>
      ) : null}
      {step === "summary" ? (
        <>
          <AccountSummary account={account} numbers={numbers} />
          {account.validationStatus !== "VALID" ? (
            <p className="mt-4 max-w-3xl text-sm text-amber-800">{t("accounts.wizard.notValidatedWarning")}</p>
          ) : null}
          <div className="mt-6 flex flex-wrap gap-2">
            <Button asChild variant="outline">
              <Link href={hrefFor("callback")}>{t("accounts.wizard.back")}</Link>
            </Button>
            <ActionButton
              action={completeAccountSetupAction.bind(null, { accountId: account.id })}
              success={t("accounts.wizard.finished")}
              href={`/channels/accounts/${account.id}`}
            >
              {t("accounts.wizard.finish")}
            </ActionButton>
          </div>
        </>
      ) : null}
    </WizardFrame>
  );
}
