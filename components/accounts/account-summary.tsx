import { getTranslations } from "next-intl/server";
import type { AccountView } from "@/lib/accounts/account-view";
import { ValidationBadge } from "./account-badges";

/** Everything the wizard collected, for review before Finish (and on the account page). */
export async function AccountSummary({
  account,
  numbers,
}: {
  account: AccountView;
  numbers: { providerFormat: string; displayName: string | null }[];
}) {
  const t = await getTranslations();
  const rows: [string, React.ReactNode][] = [
    [t("accounts.name"), account.name],
    [t("accounts.channel"), t(`accounts.channels.${account.channel}`)],
    [t("accounts.provider"), t(`accounts.providers.${account.provider}`)],
    account.provider === "TWILIO"
      ? [
          t("accounts.credentials.accountSid"),
          <span key="sid" className="font-mono">
            {account.twilioAccountSid}
          </span>,
        ]
      : [
          t("accounts.credentials.customerId"),
          <span key="cid" className="font-mono">
            {account.telesignCustomerId}
          </span>,
        ],
    [
      t("accounts.lastValidation"),
      <span key="validation" className="flex flex-wrap items-center gap-2">
        <ValidationBadge status={account.validationStatus} />
        {account.validationStatus === "VALID" && account.providerName ? <span>{account.providerName}</span> : null}
        {account.validationReason ? (
          <span className="text-muted-foreground">{t(`accounts.validation.${account.validationReason}`)}</span>
        ) : null}
      </span>,
    ],
    [
      t("accounts.numberCount"),
      numbers
        .map((number) => (number.displayName ? `${number.displayName} · ${number.providerFormat}` : number.providerFormat))
        .join(", ") || "—",
    ],
    [
      t("accounts.callback.urlLabel"),
      <span key="url" className="break-all font-mono text-xs">
        {account.callbackUrl}
      </span>,
    ],
  ];
  if (account.isSandbox)
    rows.push([t("accounts.credentials.sandbox"), account.sandboxJoinCode ? `join ${account.sandboxJoinCode}` : t("common.yes")]);
  return (
    <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
