"use client";
// Deactivate / activate and delete, each behind a confirmation that says what it affects.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { LifecycleActions } from "@/components/common/lifecycle-actions";
import { deleteAccountAction, setAccountActiveAction } from "@/lib/accounts/actions";

type Props = {
  account: { id: string; name: string; status: "DRAFT" | "ACTIVE" | "INACTIVE" };
  dependents: { numbers: string[]; templateCount: number };
};

export function AccountLifecycle({ account, dependents }: Props) {
  const t = useTranslations("accounts.lifecycle");
  const router = useRouter();
  return (
    <LifecycleActions
      namespace="accounts.lifecycle"
      name={account.name}
      isActive={account.status === "ACTIVE"}
      canToggle={account.status !== "DRAFT"}
      setActive={(isActive) => setAccountActiveAction({ accountId: account.id, isActive })}
      remove={() => deleteAccountAction({ accountId: account.id })}
      onRemoved={() => router.push("/channels/accounts")}
    >
      <div className="text-sm">
        <p className="font-medium">{t("dependentsTitle")}</p>
        <ul className="mt-1 list-disc pl-5">
          <li>{t("dependentNumbers", { count: dependents.numbers.length })}</li>
          {dependents.numbers.slice(0, 10).map((number) => (
            <li key={number} className="ml-4 list-[circle] font-mono text-xs">
              {number}
            </li>
          ))}
          <li>{t("dependentTemplates", { count: dependents.templateCount })}</li>
          <li>{t("dependentWebhooks")}</li>
        </ul>
      </div>
    </LifecycleActions>
  );
}
