// "Set up SMS / WhatsApp", step 1: nothing is saved until a number is chosen (then the draft exists
// and the wizard continues at /workstreams/[id]/channels/[instanceId]).
import { Phone } from "lucide-react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/common/empty-state";
import { NumberStepForm } from "@/components/channel-instances/wizard/number-step-form";
import { newSetupHref, setupWizard } from "@/components/channel-instances/wizard/steps";
import { WizardFrame } from "@/components/common/wizard-frame";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/guards";
import { findSetupWorkstream, listNumberChoices } from "@/lib/channel-instances/channel-instances";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("channelSetup.pageTitle");

export default async function NewChannelSetupPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ step?: string }>;
}) {
  await requirePermission("workstreams:manage");
  const { id } = await params;
  const workstream = await findSetupWorkstream(id);
  if (!workstream) notFound();
  // Later steps need the draft, which doesn't exist yet: any other step starts at the number.
  if ((await searchParams).step !== "number") redirect(newSetupHref(id));
  const t = await getTranslations("channelSetup");
  const choices = await listNumberChoices({ channel: workstream.channel, instanceId: null });
  const workstreamHref = `/workstreams/${id}`;

  return (
    <WizardFrame
      wizard={setupWizard}
      title={t(`title.${workstream.channel}`)}
      describeValues={{ workstream: workstream.name }}
      crumbs={[{ label: workstream.name, href: workstreamHref }]}
      current="number"
      furthest="number"
      hrefFor={() => newSetupHref(id)}
    >
      {choices.length === 0 ? (
        <EmptyState
          icon={Phone}
          title={t(`number.emptyTitle.${workstream.channel}`)}
          description={t(`number.emptyDescription.${workstream.channel}`)}
          action={
            <div className="flex flex-wrap justify-center gap-2">
              <Button asChild>
                <Link href="/channels/accounts">{t("number.goToAccounts")}</Link>
              </Button>
              <Button asChild variant="outline">
                <Link href={workstreamHref}>{t("wizard.backToWorkstream")}</Link>
              </Button>
            </div>
          }
        />
      ) : (
        <NumberStepForm
          workstreamId={id}
          instance={null}
          choices={choices}
          backHref={workstreamHref}
          exit={{ href: workstreamHref, label: t("wizard.cancel") }}
        />
      )}
    </WizardFrame>
  );
}
