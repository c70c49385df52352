// The most frequent error codes of failed and undelivered messages, each with what it means in words
// (the same explanations agents see on a failed message: lib/messaging/send-failure.ts), and a chart.
import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ErrorCodeCount } from "@/lib/delivery-health/queries";
import { describeSendFailure } from "@/lib/messaging/send-failure";
import { LazyErrorCodesChart } from "./lazy-charts";

export async function ErrorCodes({ id, codes }: { id: string; codes: ErrorCodeCount[] }) {
  const t = await getTranslations();
  const explain = (code: ErrorCodeCount) => {
    const text = describeSendFailure(code.provider, code.code);
    return t(text.key, text.explanationKey ? { ...text.values, explanation: t(text.explanationKey) } : text.values);
  };
  const codeLabel = (code: ErrorCodeCount) => code.code ?? t("deliveryHealth.errors.noCode");
  return (
    <section aria-labelledby={`${id}-title`} className="flex flex-col gap-3">
      <h3 id={`${id}-title`} className="text-sm font-medium">
        {t("deliveryHealth.errors.title")}
      </h3>
      {codes.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t("deliveryHealth.errors.none")}</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
          <LazyErrorCodesChart
            data={codes.map((code) => ({ code: codeLabel(code), count: code.count }))}
            label={t("deliveryHealth.errors.count")}
          />
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("deliveryHealth.errors.code")}</TableHead>
                <TableHead scope="col" className="text-right">
                  {t("deliveryHealth.errors.count")}
                </TableHead>
                <TableHead scope="col">{t("deliveryHealth.errors.meaning")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {codes.map((code) => (
                <TableRow key={`${code.provider}:${code.code}`}>
                  <TableCell className="font-mono">{codeLabel(code)}</TableCell>
                  <TableCell className="text-right tabular-nums">{code.count}</TableCell>
                  <TableCell className="whitespace-normal">{explain(code)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
