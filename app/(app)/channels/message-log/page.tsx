// The Message log: held messages (replayable), callbacks whose processing failed (retryable), rejected
// callback requests and the consent ledger.
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/common/page-header";
import { ConsentPanel, FailedPanel, HeldPanel, RejectedPanel } from "@/components/message-log/message-log-panels";
import { MessageLogTabs } from "@/components/message-log/message-log-tabs";
import { requirePermission } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { titled } from "@/lib/i18n/page-title";
import { parseMessageLogSearch } from "@/lib/message-log/message-log.schema";

export const generateMetadata = titled("nav.messageLog");

export default async function MessageLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("accounts:view");
  const t = await getTranslations();
  const search = parseMessageLogSearch(await searchParams);
  return (
    <>
      <PageHeader title={t("nav.messageLog")} description={t("sections.messageLogDescription")} />
      <MessageLogTabs current={search.tab} />
      {search.tab === "held" ? (
        <HeldPanel search={search} canReplay={can(user.role, "accounts:manage")} />
      ) : search.tab === "failed" ? (
        <FailedPanel search={search} canRetry={can(user.role, "accounts:manage")} />
      ) : search.tab === "rejected" ? (
        <RejectedPanel search={search} />
      ) : (
        <ConsentPanel search={search} />
      )}
    </>
  );
}
