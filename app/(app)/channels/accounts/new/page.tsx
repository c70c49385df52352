// "New account" wizard, steps 1–2: nothing is saved until the account details are valid.
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CredentialsForm } from "@/components/accounts/credentials-form";
import { ChannelStepForm } from "@/components/accounts/wizard/channel-step-form";
import { accountWizard } from "@/components/accounts/wizard/steps";
import { WizardFrame } from "@/components/common/wizard-frame";
import { channelSchema, channelStepSchema } from "@/lib/accounts/accounts.schema";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("accounts.new");

type Search = { step?: string; name?: string; channel?: string };

export default async function NewAccountPage({ searchParams }: { searchParams: Promise<Search> }) {
  await requirePermission("accounts:manage");
  const t = await getTranslations("accounts");
  const search = await searchParams;
  const chosen = channelStepSchema.safeParse({ name: search.name, channel: search.channel });
  const query = chosen.success ? `&${new URLSearchParams({ name: chosen.data.name, channel: chosen.data.channel })}` : "";
  const hrefFor = (step: string) => `/channels/accounts/new?step=${step}${query}`;

  if (search.step === "account") {
    // A refreshed or hand-edited URL without a valid step 1 goes back to step 1.
    if (!chosen.success) redirect("/channels/accounts/new?step=channel");
    return (
      <WizardFrame wizard={accountWizard} current="account" furthest="account" hrefFor={hrefFor} title={t("new")}>
        <CredentialsForm mode="create" name={chosen.data.name} channel={chosen.data.channel} backHref={hrefFor("channel")} />
      </WizardFrame>
    );
  }
  const channel = channelSchema.safeParse(search.channel);
  return (
    <WizardFrame
      wizard={accountWizard}
      current="channel"
      furthest={chosen.success ? "account" : "channel"}
      hrefFor={hrefFor}
      title={t("new")}
    >
      <ChannelStepForm draft={null} initial={{ name: search.name, channel: channel.success ? channel.data : undefined }} />
    </WizardFrame>
  );
}
