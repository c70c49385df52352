// One panel per Message log tab: its filters, then its table (or an empty state), then pages.
import { Inbox, ShieldAlert, TriangleAlert, UserX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { PaginationNav } from "@/components/common/pagination-nav";
import type { CappedCount } from "@/lib/pagination/keyset";
import { listConsentRecords } from "@/lib/message-log/list-consent-records";
import { listFailedInboundEvents } from "@/lib/message-log/list-failed-events";
import { listHeldMessageLog } from "@/lib/message-log/list-held-messages";
import { listWebhookFailures } from "@/lib/message-log/list-webhook-failures";
import { filterParams, isFiltered, MESSAGE_LOG_PATH, type MessageLogSearch } from "@/lib/message-log/message-log.schema";
import { ConsentFilters } from "./consent-filters";
import { ConsentTable } from "./consent-table";
import { FailedFilters } from "./failed-filters";
import { FailedTable } from "./failed-table";
import { HeldFilters } from "./held-filters";
import { HeldLogTable } from "./held-log-table";
import { RejectedFilters } from "./rejected-filters";
import { RejectedTable } from "./rejected-table";

type Panel<Tab extends MessageLogSearch["tab"]> = { search: Extract<MessageLogSearch, { tab: Tab }> };

type PageLinks = { total: CappedCount; previousCursor: string | null; nextCursor: string | null };

function Pages({ search, page }: { search: MessageLogSearch; page: PageLinks }) {
  if (page.total.count === 0) return null;
  return (
    <PaginationNav
      pathname={MESSAGE_LOG_PATH}
      params={filterParams(search)}
      previousCursor={page.previousCursor}
      nextCursor={page.nextCursor}
      total={page.total}
    />
  );
}

export async function HeldPanel({ search, canReplay }: Panel<"held"> & { canReplay: boolean }) {
  const t = await getTranslations("messageLog.held");
  const page = await listHeldMessageLog(search.filters);
  const { messages, total } = page;
  return (
    <>
      <HeldFilters filters={search.filters} />
      {messages.length > 0 ? (
        <HeldLogTable messages={messages} canReplay={canReplay} />
      ) : total.count > 0 || isFiltered(search) ? (
        <EmptyState icon={Inbox} title={t("noMatch")} />
      ) : (
        <EmptyState icon={Inbox} title={t("emptyTitle")} description={t("emptyDescription")} />
      )}
      <Pages search={search} page={page} />
    </>
  );
}

export async function FailedPanel({ search, canRetry }: Panel<"failed"> & { canRetry: boolean }) {
  const t = await getTranslations("messageLog.failed");
  const page = await listFailedInboundEvents(search.filters);
  const { events, total } = page;
  return (
    <>
      <FailedFilters filters={search.filters} />
      {events.length > 0 ? (
        <FailedTable events={events} canRetry={canRetry} />
      ) : total.count > 0 || isFiltered(search) ? (
        <EmptyState icon={TriangleAlert} title={t("noMatch")} />
      ) : (
        <EmptyState icon={TriangleAlert} title={t("emptyTitle")} description={t("emptyDescription")} />
      )}
      <Pages search={search} page={page} />
    </>
  );
}

export async function RejectedPanel({ search }: Panel<"rejected">) {
  const t = await getTranslations("messageLog.rejected");
  const page = await listWebhookFailures(search.filters);
  const { failures, total } = page;
  return (
    <>
      <RejectedFilters filters={search.filters} />
      {failures.length > 0 ? (
        <RejectedTable failures={failures} />
      ) : total.count > 0 || isFiltered(search) ? (
        <EmptyState icon={ShieldAlert} title={t("noMatch")} />
      ) : (
        <EmptyState icon={ShieldAlert} title={t("emptyTitle")} description={t("emptyDescription")} />
      )}
      <Pages search={search} page={page} />
    </>
  );
}

export async function ConsentPanel({ search }: Panel<"consent">) {
  const t = await getTranslations("messageLog.consent");
  const page = await listConsentRecords(search.filters);
  const { records, total } = page;
  return (
    <>
      <ConsentFilters filters={search.filters} />
      {records.length > 0 ? (
        <ConsentTable records={records} />
      ) : total.count > 0 || isFiltered(search) ? (
        <EmptyState icon={UserX} title={t("noMatch")} />
      ) : (
        <EmptyState icon={UserX} title={t("emptyTitle")} description={t("emptyDescription")} />
      )}
      <Pages search={search} page={page} />
    </>
  );
}
