import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, TableBody, TableCaption, TableCell, TableHead, TableRow } from "@/components/ui/table";
import type { EffectiveMessage } from "@/lib/workstreams/automated-messages/effective";
import { localeDisplayName } from "@/lib/workstreams/automated-messages/editor";
import type { ChannelInstanceView } from "@/lib/channel-instances/channel-instances";
import { surveyText } from "@/lib/channel-instances/channel-instances.constants";

type Props = {
  instance: ChannelInstanceView;
  languageLabel: string;
  templateCount: number | null;
  /** Per trigger, what this number sends to a customer writing in its default language. */
  automatedMessages: EffectiveMessage[];
};

/** Step 5: everything the wizard stored, as it will apply, for review before Finish. */
export async function SetupSummary({ instance, languageLabel, templateCount, automatedMessages }: Props) {
  const [t, tm, displayLocale] = await Promise.all([
    getTranslations("channelSetup.summary"),
    getTranslations("automatedMessages"),
    getLocale(),
  ]);
  const { state, number } = instance;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const rows: [string, ReactNode][] = [
    [
      t("number"),
      number.international && number.international !== number.providerFormat
        ? t("numberValue", { number: number.providerFormat, international: number.international })
        : number.providerFormat,
    ],
    [t("account"), number.account.name],
    [t("language"), languageLabel],
    [t("operatingHours"), state.useOperatingHours ? (instance.operatingHours?.name ?? t("operatingHoursMissing")) : t("alwaysOpen")],
    [
      t("survey"),
      state.surveyEnabled && state.surveyMessage && state.surveyLink ? (
        <span key="survey" className="whitespace-pre-wrap break-words">
          {surveyText(state.surveyMessage, state.surveyLink)}
        </span>
      ) : (
        t("off")
      ),
    ],
  ];
  const sent = automatedMessages.flatMap(({ trigger, resolved }) => (resolved ? [{ trigger, resolved }] : []));
  rows.push([
    t("automatedMessages"),
    sent.length > 0 ? (
      <ul key="messages" className="flex flex-col gap-1">
        {sent.map(({ trigger, resolved }) => (
          <li key={trigger}>
            {t("automatedMessageValue", {
              trigger: tm(`triggers.${trigger}`),
              language: localeDisplayName(resolved.locale, displayLocale),
              source: tm(`effective.sources.${resolved.source}`),
            })}
          </li>
        ))}
      </ul>
    ) : (
      t("none")
    ),
  ]);
  if (templateCount !== null) rows.push([t("templates"), t("templateCount", { count: templateCount })]);
  rows.push([t("attachments"), state.attachmentsEnabled ? t("on") : t("off")]);
  if (state.attachmentsEnabled) {
    rows.push(
      [t("customersCanSend"), yesNo(state.customersCanSend)],
      [t("agentsCanSend"), yesNo(state.agentsCanSend)],
      [t("size"), t("sizeValue", { size: state.maxAttachmentMb })],
      [
        t("fileTypes"),
        state.allowedFileTypes.length > 0 ? (
          <span key="types" className="font-mono">
            {state.allowedFileTypes.join(" ")}
          </span>
        ) : (
          t("none")
        ),
      ],
    );
  }
  return (
    <Table className="max-w-3xl">
      <TableCaption className="sr-only">{t("caption")}</TableCaption>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableHead scope="row" className="w-56 align-top font-normal text-muted-foreground">
              {label}
            </TableHead>
            <TableCell className="whitespace-normal">{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
