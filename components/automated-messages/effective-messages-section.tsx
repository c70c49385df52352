// "What each number sends" (SPEC §2: the effective message per number is visible): for every number
// (channel instance) of a workstream and every trigger, the message a customer would receive, with a
// link to the number's own messages. Mounted in the workstream page's Automated messages section.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { listWorkstreamAutomatedMessages } from "@/lib/workstreams/automated-messages/automated-messages";
import { effectiveMessagesFor, instanceMessagesHref, messagesOfLevel } from "@/lib/workstreams/automated-messages/effective";
import { listWorkstreamChannelInstances } from "@/lib/channel-instances/channel-instances";
import { localeOptions } from "@/lib/workstreams/locales";
import { EffectiveMessagesTable } from "./effective-messages-table";

export type EffectiveMessagesSectionProps = { workstreamId: string };

export async function EffectiveMessagesSection({ workstreamId }: EffectiveMessagesSectionProps) {
  const [t, locale, instances, messages] = await Promise.all([
    getTranslations("automatedMessages.effective"),
    getLocale(),
    listWorkstreamChannelInstances(workstreamId),
    listWorkstreamAutomatedMessages(workstreamId),
  ]);
  const languages = new Map(localeOptions(locale).map((option) => [option.value as string, option.label]));
  const channelMessages = messagesOfLevel(messages, null);

  return (
    <section aria-labelledby="am-effective-title" className="mt-2 flex flex-col gap-6 border-t pt-6">
      <div className="flex flex-col gap-1">
        <h3 id="am-effective-title" className="font-medium">
          {t("title")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("description")}</p>
      </div>
      {instances.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-sm text-muted-foreground">{t("noNumbers")}</p>
      ) : (
        instances.map((instance) => {
          const number = instance.number.providerFormat;
          const headingId = `am-effective-${instance.id}`;
          const details = [
            instance.number.displayName,
            t("defaultLanguage", { language: languages.get(instance.state.defaultLocale) ?? instance.state.defaultLocale }),
            instance.setupCompletedAt ? null : t("draft"),
          ].filter(Boolean);
          const entries = effectiveMessagesFor({
            defaultLocale: instance.state.defaultLocale,
            channelMessages,
            instanceMessages: messagesOfLevel(messages, instance.id),
          });
          return (
            <div key={instance.id} role="group" aria-labelledby={headingId} className="flex flex-col gap-2">
              <div className="flex flex-wrap items-end justify-between gap-2">
                <div>
                  <h4 id={headingId} className="font-mono font-medium">
                    {number}
                  </h4>
                  <p className="text-xs text-muted-foreground">{details.join(" · ")}</p>
                </div>
                <Button asChild variant="outline" size="sm">
                  <Link href={instanceMessagesHref(workstreamId, instance.id)}>{t("manageLink", { number })}</Link>
                </Button>
              </div>
              <EffectiveMessagesTable number={number} entries={entries} />
            </div>
          );
        })
      )}
    </section>
  );
}
