import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ConsentRow } from "@/lib/message-log/list-consent-records";
import { consentStatusOf, knownConsentSource } from "@/lib/message-log/reasons";

export async function ConsentTable({ records }: { records: ConsentRow[] }) {
  const t = await getTranslations("messageLog.consent");
  const formatDate = await getDateTimeFormatter();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("ourNumber")}</TableHead>
          <TableHead scope="col">{t("customer")}</TableHead>
          <TableHead scope="col">{t("status")}</TableHead>
          <TableHead scope="col">{t("source")}</TableHead>
          <TableHead scope="col">{t("updated")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {records.map((record) => {
          const status = consentStatusOf(record.status);
          const source = knownConsentSource(record.source);
          return (
            <TableRow key={record.id}>
              <TableCell>
                <span className="font-mono text-xs">{record.number.display}</span>
                <Link
                  href={`/channels/accounts/${record.account.id}`}
                  className="block text-xs text-muted-foreground underline-offset-4 hover:underline"
                >
                  {record.account.name}
                </Link>
              </TableCell>
              <TableCell className="font-mono text-xs">{record.customerAddress}</TableCell>
              <TableCell>
                <Badge variant={status === "optedOut" ? "destructive" : "secondary"}>
                  {status ? t(`statuses.${status}`) : record.status}
                </Badge>
              </TableCell>
              <TableCell className="whitespace-normal">
                {source ? t(`sources.${source}`) : record.source}
                {record.keyword ? (
                  <span className="block font-mono text-xs text-muted-foreground">{t("keyword", { keyword: record.keyword })}</span>
                ) : null}
              </TableCell>
              <TableCell className="whitespace-nowrap">{formatDate(record.updatedAt)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
