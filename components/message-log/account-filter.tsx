// The Message log's account filter: a server-side search combobox (not every account in a <select>),
// with "Unknown account" for requests no account could be found for where the tab has those.
import { getTranslations } from "next-intl/server";
import { SearchCombobox } from "@/components/common/search-combobox";
import { choiceLabel } from "@/lib/choices/search-choices";
import { UNKNOWN_ACCOUNT } from "@/lib/message-log/message-log.schema";

export async function AccountFilter({ accountId, withUnknown = false }: { accountId: string | undefined; withUnknown?: boolean }) {
  const t = await getTranslations("messageLog");
  const unknown = { id: UNKNOWN_ACCOUNT, label: t("unknownAccount") };
  const label = accountId === UNKNOWN_ACCOUNT ? (withUnknown ? unknown.label : null) : await choiceLabel("accounts", accountId);
  return (
    <SearchCombobox
      name="accountId"
      source="/api/choices/accounts"
      label={t("account")}
      allLabel={t("allAccounts")}
      value={accountId && label ? { id: accountId, label } : null}
      extraChoices={withUnknown ? [unknown] : []}
    />
  );
}
