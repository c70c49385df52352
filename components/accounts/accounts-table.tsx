import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AccountView } from "@/lib/accounts/account-view";
import { AccountStatusBadge, ValidationBadge } from "./account-badges";

export async function AccountsTable({ accounts }: { accounts: AccountView[] }) {
  const t = await getTranslations();
  const formatDate = await getDateTimeFormatter();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("accounts.name")}</TableHead>
          <TableHead scope="col">{t("accounts.channel")}</TableHead>
          <TableHead scope="col">{t("accounts.provider")}</TableHead>
          <TableHead scope="col">{t("accounts.statusLabel")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("accounts.numberCount")}
          </TableHead>
          <TableHead scope="col">{t("accounts.lastValidation")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {accounts.map((account) => (
          <TableRow key={account.id}>
            <TableCell className="font-medium">
              <Link
                href={account.status === "DRAFT" ? `/channels/accounts/${account.id}/setup` : `/channels/accounts/${account.id}`}
                className="underline-offset-4 hover:underline"
              >
                {account.name}
              </Link>
            </TableCell>
            <TableCell>{t(`accounts.channels.${account.channel}`)}</TableCell>
            <TableCell>{t(`accounts.providers.${account.provider}`)}</TableCell>
            <TableCell>
              <div className="flex flex-wrap items-center gap-2">
                <AccountStatusBadge status={account.status} />
                {account.credentialsUnreadable ? <Badge variant="destructive">{t("accounts.credentialsUnreadableBadge")}</Badge> : null}
              </div>
            </TableCell>
            <TableCell className="text-right tabular-nums">{account.numberCount}</TableCell>
            <TableCell>
              <div className="flex flex-wrap items-center gap-2">
                <ValidationBadge status={account.validationStatus} />
                {account.validatedAt ? <span className="text-xs text-muted-foreground">{formatDate(account.validatedAt)}</span> : null}
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
