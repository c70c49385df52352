import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { InventoryRow } from "@/lib/inventory/list-inventory";
import { NumberWebhookActions } from "./number-webhook-actions";
import { WebhookHealthBadge } from "./webhook-health-badge";

export async function InventoryTable({ numbers, canManage }: { numbers: InventoryRow[]; canManage: boolean }) {
  const t = await getTranslations();
  const formatDate = await getDateTimeFormatter();
  const status = (accountStatus: string) => (accountStatus === "ACTIVE" ? "active" : accountStatus === "INACTIVE" ? "disabled" : "draft");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("numbers.number")}</TableHead>
          <TableHead scope="col">{t("numbers.type")}</TableHead>
          <TableHead scope="col">{t("numbers.country")}</TableHead>
          <TableHead scope="col">{t("inventory.integration")}</TableHead>
          <TableHead scope="col">{t("inventory.status")}</TableHead>
          <TableHead scope="col">{t("inventory.webhookHealth")}</TableHead>
          <TableHead scope="col">{t("inventory.workstream")}</TableHead>
          <TableHead scope="col">
            <span className="sr-only">{t("common.actions")}</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {numbers.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <Link href={`/channels/numbers/${row.id}`} className="font-mono underline-offset-4 hover:underline">
                {row.providerFormat}
              </Link>
              {row.international ? <span className="block text-xs text-muted-foreground">{row.international}</span> : null}
            </TableCell>
            <TableCell>{row.type ? t(`numbers.types.${row.type}`) : "—"}</TableCell>
            <TableCell>{row.country ?? "—"}</TableCell>
            <TableCell>
              <Link
                href={
                  row.account.provider === "TWILIO" ? `/channels/integrations/${row.account.id}` : `/channels/accounts/${row.account.id}`
                }
                className="underline-offset-4 hover:underline"
              >
                {row.account.name}
              </Link>
            </TableCell>
            <TableCell>
              <Badge variant={row.account.status === "ACTIVE" ? "secondary" : "outline"}>
                {t(`inventory.statuses.${status(row.account.status)}`)}
              </Badge>
            </TableCell>
            <TableCell>
              <div className="flex flex-col gap-1">
                <WebhookHealthBadge status={row.webhookStatus} />
                <span className="text-xs text-muted-foreground">
                  {t("inventory.lastInbound", { time: row.lastInboundAt ? formatDate(row.lastInboundAt) : t("common.never") })}
                </span>
              </div>
            </TableCell>
            <TableCell>
              {row.workstream ? (
                <Link href={`/workstreams/${row.workstream.id}`} className="underline-offset-4 hover:underline">
                  {row.workstream.name}
                </Link>
              ) : (
                <span className="text-muted-foreground">—</span>
              )}
            </TableCell>
            <TableCell className="text-right">
              {canManage && row.account.provider === "TWILIO" && row.e164 ? (
                <NumberWebhookActions numberId={row.id} number={row.providerFormat} canFix={canManage} status={row.webhookStatus} />
              ) : null}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
