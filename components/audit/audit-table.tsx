import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/audit/types";
import { ROLES } from "@/lib/auth/permissions";

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

const isChange = (value: unknown): value is { from: unknown; to: unknown } =>
  typeof value === "object" && value !== null && "from" in value && "to" in value;

const raw = (value: unknown) => (value === null || value === undefined || value === "" ? "—" : typeof value === "object" ? JSON.stringify(value) : String(value));
const FIELD_LABELS: Record<string, string> = { name: "users.name", email: "users.email", role: "users.role", signatureMode: "accounts.sections.signature" };

export async function AuditTable({ events }: { events: AuditRow[] }) {
  const t = await getTranslations();
  const formatDate = await getDateTimeFormatter();
  const actionLabel = (action: string) => ((AUDIT_ACTIONS as readonly string[]).includes(action) ? t(`audit.actions.${action}`) : action);
  const typeLabel = (type: string) => ((AUDIT_ENTITY_TYPES as readonly string[]).includes(type) ? t(`audit.entityTypes.${type}`) : type);
  const fieldLabel = (field: string) => (FIELD_LABELS[field] ? t(FIELD_LABELS[field]) : field);
  const show = (field: string, value: unknown) =>
    field === "role" && (ROLES as readonly unknown[]).includes(value)
      ? t(`roles.${value as (typeof ROLES)[number]}`)
      : field === "signatureMode" && (value === "ENFORCE" || value === "MONITOR")
        ? t(`accounts.signature.modes.${value}.label`)
        : raw(value);
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("audit.time")}</TableHead>
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
                  {Object.entries(event.details).map(([field, value]) => (
                    <li key={field}>
                      {isChange(value)
                        ? t("audit.change", { field: fieldLabel(field), from: show(field, value.from), to: show(field, value.to) })
                        : `${fieldLabel(field)}: ${show(field, value)}`}
                    </li>
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
