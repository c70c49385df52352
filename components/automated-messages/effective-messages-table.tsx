// One number's effective automated messages: per trigger, the text that would be sent to a customer
// writing in the number's default language, where it comes from (the number's own message or the
// channel's) and its language — or "Not sent".
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EffectiveMessage } from "@/lib/workstreams/automated-messages/effective";
import { localeDisplayName } from "@/lib/workstreams/automated-messages/editor";

type Props = { number: string; entries: EffectiveMessage[] };

export async function EffectiveMessagesTable({ number, entries }: Props) {
  const [t, tm, displayLocale] = await Promise.all([
    getTranslations("automatedMessages.effective"),
    getTranslations("automatedMessages"),
    getLocale(),
  ]);
  return (
    <Table aria-label={t("tableLabel", { number })}>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("trigger")}</TableHead>
          <TableHead scope="col">{t("message")}</TableHead>
          <TableHead scope="col">{t("source")}</TableHead>
          <TableHead scope="col">{t("language")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map(({ trigger, resolved, hasInactiveOverride }) => {
          const inactiveNote = hasInactiveOverride ? (
            <span className="mt-1 block text-xs text-muted-foreground">{t("overrideInactive")}</span>
          ) : null;
          return (
            <TableRow key={trigger}>
              <TableHead scope="row" className="align-top">
                {tm(`triggers.${trigger}`)}
              </TableHead>
              {resolved ? (
                <>
                  <TableCell className="max-w-md align-top whitespace-pre-wrap">{resolved.text}</TableCell>
                  <TableCell className="align-top">
                    <Badge variant={resolved.source === "instance" ? "default" : "secondary"}>{t(`sources.${resolved.source}`)}</Badge>
                    {inactiveNote}
                  </TableCell>
                  <TableCell className="align-top">
                    {localeDisplayName(resolved.locale, displayLocale)}{" "}
                    <span className="font-mono text-xs text-muted-foreground">{resolved.locale}</span>
                  </TableCell>
                </>
              ) : (
                <TableCell colSpan={3} className="align-top text-muted-foreground">
                  {t("notSent")}
                  {inactiveNote}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
