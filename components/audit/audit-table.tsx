import { getLocale, getTimeZone, getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/audit/types";
import { describeAuditDetails, type AuditLabeller } from "@/lib/audit/describe-details";
import { localeOptions } from "@/lib/workstreams/locales";

type AuditRow = {
  id: string;
  createdAt: Date;
  actorName: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityLabel: string | null;
  details: Record<string, unknown> | null;
};

export async function AuditTable({ events }: { events: AuditRow[] }) {
  const [t, locale, timeZone, formatDate] = await Promise.all([
    getTranslations(),
    getLocale(),
    getTimeZone(),
    getDateTimeFormatter({ withZone: true }),
  ]);
  const localeNames = new Map(localeOptions(locale).map((option) => [option.value as string, option.label]));
  const labeller: AuditLabeller = {
    t: (key, values) => t(key, values),
    has: (key) => t.has(key),
    locale,
    localeName: (code) => localeNames.get(code) ?? code,
  };
  const actionLabel = (action: string) => ((AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit.actions.${action}`) : action);
  const typeLabel = (type: string) => ((AUDIT_ENTITY_TYPES as readonly string[]).includes(type) ? t(`audit.entityTypes.${type}`) : type);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("audit.timeIn", { zone: timeZone })}</TableHead>
          <TableHead scope="col">{t("audit.user")}</TableHead>
          <TableHead scope="col">{t("audit.action")}</TableHead>
          <TableHead scope="col">{t("audit.record")}</TableHead>
          <TableHead scope="col">{t("audit.details")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {events.map((event) => (
          <TableRow key={event.id}>
            <TableCell className="whitespace-nowrap">
              <time dateTime={event.createdAt.toISOString()}>{formatDate(event.createdAt)}</time>
            </TableCell>
            <TableCell>{event.actorName ?? event.actorEmail ?? t("common.system")}</TableCell>
            <TableCell>{actionLabel(event.action)}</TableCell>
            <TableCell>
              <span className="text-muted-foreground">{typeLabel(event.entityType)}</span>
              {event.entityLabel ? <span className="block">{event.entityLabel}</span> : null}
            </TableCell>
            <TableCell className="max-w-md whitespace-normal text-sm">
              {event.details ? (
                <ul>
                  {describeAuditDetails(event.details, labeller).map((line) => (
                    <li key={line.key}>{line.text}</li>
                  ))}
                </ul>
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
