// The workstream page's "Channels" section: the workstream's numbers (channel instances), each with
// its language, operating hours, attachments and status, and "Set up SMS / WhatsApp" to add one.
import { Phone, Plus } from "lucide-react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CopyField } from "@/components/common/copy-field";
import { SectionCard } from "@/components/common/section-card";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listWorkstreamChannelInstances, type ChannelInstanceView } from "@/lib/channel-instances/channel-instances";
import { localeOptions } from "@/lib/workstreams/locales";
import { RemoveChannelInstanceButton } from "./remove-channel-instance-button";
import { newSetupHref, setupHref } from "./wizard/steps";

export type ChannelInstancesSectionProps = { workstreamId: string; channel: "SMS" | "WHATSAPP"; canManage: boolean };

export async function ChannelInstancesSection({ workstreamId, channel, canManage }: ChannelInstancesSectionProps) {
  const [t, tw, locale, instances] = await Promise.all([
    getTranslations("channelSetup.section"),
    getTranslations("workstreams"),
    getLocale(),
    listWorkstreamChannelInstances(workstreamId),
  ]);
  const languages = new Map(localeOptions(locale).map((option) => [option.value as string, option.label]));

  const attachments = ({ state }: ChannelInstanceView) => {
    if (!state.attachmentsEnabled) return t("attachmentsOff");
    const who = state.customersCanSend && state.agentsCanSend ? "both" : state.agentsCanSend ? "agents" : "customers";
    return t("attachmentsOn", { who, size: state.maxAttachmentMb });
  };
  // One inbound URL per account: numbers of the same account share it.
  const byAccount = new Map<string, { account: ChannelInstanceView["number"]["account"]; numbers: string[] }>();
  for (const { number } of instances) {
    const entry = byAccount.get(number.account.id) ?? { account: number.account, numbers: [] };
    entry.numbers.push(number.providerFormat);
    byAccount.set(number.account.id, entry);
  }
  const inboundUrls = [...byAccount.values()];
  const hours = (instance: ChannelInstanceView) =>
    !instance.state.useOperatingHours ? t("alwaysOpen") : (instance.operatingHours?.name ?? t("operatingHoursMissing"));

  return (
    <SectionCard id="workstream-channels" title={tw("sections.channels")} description={t(`description.${channel}`)}>
      <div className="flex flex-col gap-4">
        {canManage ? (
          <div>
            <Button asChild>
              <Link href={newSetupHref(workstreamId)}>
                <Plus aria-hidden="true" />
                {t(`setUp.${channel}`)}
              </Link>
            </Button>
          </div>
        ) : null}
        {instances.length === 0 ? (
          <div className="flex items-center gap-3 rounded-lg border border-dashed p-6 text-sm text-muted-foreground">
            <Phone aria-hidden="true" className="size-5" />
            {t(`empty.${channel}`)}
          </div>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("number")}</TableHead>
                <TableHead scope="col">{t("language")}</TableHead>
                <TableHead scope="col">{t("operatingHours")}</TableHead>
                <TableHead scope="col">{t("attachments")}</TableHead>
                <TableHead scope="col">{t("status")}</TableHead>
                {canManage ? (
                  <TableHead scope="col">
                    <span className="sr-only">{t("actions")}</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {instances.map((instance) => {
                const isReady = instance.setupCompletedAt !== null;
                return (
                  <TableRow key={instance.id}>
                    <TableCell>
                      <span className="block font-mono">{instance.number.providerFormat}</span>
                      <span className="block text-xs text-muted-foreground">
                        {[instance.number.displayName, instance.number.account.name].filter(Boolean).join(" · ")}
                      </span>
                    </TableCell>
                    <TableCell>{languages.get(instance.state.defaultLocale) ?? instance.state.defaultLocale}</TableCell>
                    <TableCell>{hours(instance)}</TableCell>
                    <TableCell>{attachments(instance)}</TableCell>
                    <TableCell>
                      <Badge variant={isReady ? "secondary" : "outline"}>{isReady ? t("ready") : t("draft")}</Badge>
                    </TableCell>
                    {canManage ? (
                      <TableCell>
                        <div className="flex justify-end gap-1">
                          <Button asChild variant="ghost" size="sm">
                            <Link
                              href={setupHref(workstreamId, instance.id, isReady ? "summary" : "language")}
                              aria-label={t(isReady ? "editLabel" : "continueLabel", { number: instance.number.providerFormat })}
                            >
                              {t(isReady ? "edit" : "continue")}
                            </Link>
                          </Button>
                          <RemoveChannelInstanceButton
                            instanceId={instance.id}
                            number={instance.number.providerFormat}
                            channel={channel}
                            size="sm"
                          />
                        </div>
                      </TableCell>
                    ) : null}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
        {inboundUrls.length > 0 ? (
          <section aria-labelledby="workstream-inbound-urls" className="flex flex-col gap-3 border-t pt-4">
            <div className="space-y-1">
              <h3 id="workstream-inbound-urls" className="text-sm font-medium">
                {t("inboundTitle")}
              </h3>
              <p className="text-sm text-muted-foreground">{t("inboundDescription")}</p>
            </div>
            {inboundUrls.map((entry) => (
              <div key={entry.account.id} className="flex max-w-3xl flex-col gap-1">
                <CopyField
                  label={t("inboundLabel", { provider: entry.account.provider, account: entry.account.name })}
                  value={entry.account.callbackUrl}
                />
                <p className="text-xs text-muted-foreground">
                  {t("inboundNumbers", { numbers: entry.numbers.join(", ") })}{" "}
                  {t("inboundWhere", { provider: entry.account.provider, channel })}
                </p>
              </div>
            ))}
          </section>
        ) : null}
      </div>
    </SectionCard>
  );
}
