// "Set up SMS / WhatsApp", every step of a saved instance (draft or ready): Back, Refresh and
// "continue later" land here, and the same steps edit an instance that is already set up.
import { notFound, redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RemoveChannelInstanceButton } from "@/components/channel-instances/remove-channel-instance-button";
import { BehavioursStepForm, FeaturesStepForm, LanguageStepForm, NumberStepForm } from "@/components/channel-instances/wizard/forms-on-use";
import { SetupSummary } from "@/components/channel-instances/wizard/setup-summary";
import { StepActions } from "@/components/channel-instances/wizard/step-actions";
import { furthestSetupStep } from "@/components/channel-instances/wizard/furthest-step";
import { setupHref, setupWizard, type SetupStep } from "@/components/channel-instances/wizard/steps";
import { ActionButton } from "@/components/common/action-button";
import { WizardFrame } from "@/components/common/wizard-frame";
import { requirePermission } from "@/lib/auth/guards";
import { listWorkstreamAutomatedMessages } from "@/lib/workstreams/automated-messages/automated-messages";
import { effectiveMessagesFor, instanceMessagesHref, messagesOfLevel } from "@/lib/workstreams/automated-messages/effective";
import { completeChannelSetupAction } from "@/lib/channel-instances/actions";
import { findChannelInstance, listNumberChoices } from "@/lib/channel-instances/channel-instances";
import { titled } from "@/lib/i18n/page-title";
import { listOperatingHoursChoices } from "@/lib/workstreams/operating-hours/list-operating-hours";
import { templateLanguageName } from "@/lib/templates/languages";
import { listTemplates } from "@/lib/templates/save-template";
import { localeOptions } from "@/lib/workstreams/locales";
import { workstreamTabHref } from "@/lib/workstreams/tabs";

export const generateMetadata = titled("channelSetup.pageTitle");

// `operatingHours`: a record just created from the behaviours step, chosen on the way back.
type Props = { params: Promise<{ id: string; instanceId: string }>; searchParams: Promise<{ step?: string; operatingHours?: string }> };

export default async function ChannelSetupPage({ params, searchParams }: Props) {
  await requirePermission("workstreams:manage");
  const { id, instanceId } = await params;
  const instance = await findChannelInstance({ workstreamId: id, instanceId });
  if (!instance) notFound();
  const hrefFor = (step: SetupStep) => setupHref(id, instanceId, step);
  const furthest = furthestSetupStep(instance.state);
  const { step: requested, operatingHours: createdHoursId } = await searchParams;
  const step = setupWizard.openable(requested, furthest) ?? redirect(hrefFor(furthest));

  const [t, locale] = await Promise.all([getTranslations("channelSetup"), getLocale()]);
  const { channel } = instance.workstream;
  const isReady = instance.setupCompletedAt !== null;
  const workstreamHref = `/workstreams/${id}`;
  const exit = { href: workstreamHref, label: isReady ? t("wizard.backToWorkstream") : t("wizard.continueLater") };
  const previous = setupWizard.neighbour(step, -1);
  const backHref = previous ? hrefFor(previous) : workstreamHref;
  const nextHref = hrefFor(setupWizard.neighbour(step, 1) ?? "summary");
  const automatedMessages = step === "summary" ? await listWorkstreamAutomatedMessages(id) : [];
  const operatingHours = step === "behaviours" ? await listOperatingHoursChoices() : [];
  const createdHours = operatingHours.find((record) => record.id === createdHoursId);
  const whatsAppTemplates =
    channel === "WHATSAPP" && (step === "behaviours" || step === "summary") ? await listTemplates(instance.number.account.id) : null;

  return (
    <WizardFrame
      wizard={setupWizard}
      title={isReady ? t(`editTitle.${channel}`, { number: instance.number.providerFormat }) : t(`title.${channel}`)}
      describeValues={{ workstream: instance.workstream.name }}
      crumbs={[{ label: instance.workstream.name, href: workstreamHref }]}
      current={step}
      furthest={furthest}
      hrefFor={hrefFor}
      actions={
        <RemoveChannelInstanceButton
          instanceId={instance.id}
          number={instance.number.providerFormat}
          channel={channel}
          redirectTo={workstreamHref}
        />
      }
    >
      {step === "number" ? (
        <NumberStepForm
          workstreamId={id}
          instance={{ id: instance.id, numberId: instance.number.id }}
          choices={await listNumberChoices({ channel, instanceId: instance.id })}
          backHref={backHref}
          exit={exit}
        />
      ) : null}
      {step === "language" ? (
        <LanguageStepForm
          instanceId={instance.id}
          defaultLocale={instance.state.defaultLocale}
          options={localeOptions(locale)}
          nextHref={nextHref}
          backHref={backHref}
          exit={exit}
        />
      ) : null}
      {step === "behaviours" ? (
        <BehavioursStepForm
          instanceId={instance.id}
          values={createdHours ? { ...instance.state, useOperatingHours: true, operatingHoursId: createdHours.id } : instance.state}
          operatingHours={operatingHours}
          whatsApp={
            whatsAppTemplates
              ? {
                  account: instance.number.account,
                  templates: whatsAppTemplates.map((template) => ({
                    id: template.id,
                    name: template.name,
                    language: templateLanguageName(template.language, locale),
                    hasContentSid: Boolean(template.contentSid),
                  })),
                }
              : null
          }
          automatedMessagesHref={workstreamTabHref(id, "messages")}
          instanceMessagesHref={instanceMessagesHref(id, instanceId)}
          createOperatingHoursHref={`/operating-hours/new?${new URLSearchParams({ returnTo: hrefFor("behaviours") })}`}
          nextHref={nextHref}
          backHref={backHref}
          exit={exit}
        />
      ) : null}
      {step === "features" ? (
        <FeaturesStepForm
          instanceId={instance.id}
          channel={channel}
          values={instance.state}
          nextHref={nextHref}
          backHref={backHref}
          exit={exit}
        />
      ) : null}
      {step === "summary" ? (
        <div className="flex flex-col gap-6">
          <SetupSummary
            instance={instance}
            languageLabel={
              localeOptions(locale).find((option) => option.value === instance.state.defaultLocale)?.label ?? instance.state.defaultLocale
            }
            templateCount={whatsAppTemplates ? whatsAppTemplates.length : null}
            automatedMessages={effectiveMessagesFor({
              defaultLocale: instance.state.defaultLocale,
              channelMessages: messagesOfLevel(automatedMessages, null),
              instanceMessages: messagesOfLevel(automatedMessages, instance.id),
            })}
          />
          <StepActions
            backHref={backHref}
            exit={exit}
            primary={
              // Finish: the server checks every step again, then the admin lands back on the workstream.
              <ActionButton
                action={completeChannelSetupAction.bind(null, { instanceId: instance.id })}
                success={
                  isReady
                    ? t("wizard.saved", { number: instance.number.providerFormat })
                    : t(`wizard.finished.${channel}`, { number: instance.number.providerFormat })
                }
                href={workstreamHref}
              >
                {t("wizard.finish")}
              </ActionButton>
            }
          />
        </div>
      ) : null}
    </WizardFrame>
  );
}
