import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { QueueRow } from "@/lib/queues/list-queues";
import { routingRuleCount } from "@/lib/queues/queue-usage";
import { QueueRowActions } from "./queue-row-actions";

// A table cell names a few workstreams; the queue's page and the delete confirmation name them all.
const NAMES_IN_CELL = 3;

export async function QueuesTable({ queues, canManage }: { queues: QueueRow[]; canManage: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const names = (all: string[]) => {
    const shown = all.slice(0, NAMES_IN_CELL);
    return format.list(all.length > shown.length ? [...shown, t("queues.usage.more", { count: all.length - shown.length })] : shown, {
      type: "conjunction",
    });
  };
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("queues.name")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("queues.agentCount")}
          </TableHead>
          <TableHead scope="col">{t("queues.operatingHours")}</TableHead>
          <TableHead scope="col">{t("queues.usedBy")}</TableHead>
          {canManage ? (
            <TableHead scope="col">
              <span className="sr-only">{t("common.actions")}</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {queues.map((queue) => {
          const rules = routingRuleCount(queue.usage);
          return (
            <TableRow key={queue.id}>
              <TableCell className="font-medium">
                <Link href={`/queues/${queue.id}`} className="underline-offset-4 hover:underline">
                  {queue.name}
                </Link>
              </TableCell>
              <TableCell className="text-right tabular-nums">{queue.memberCount}</TableCell>
              <TableCell>{queue.operatingHours?.name ?? <span className="text-muted-foreground">{t("queues.alwaysOpen")}</span>}</TableCell>
              <TableCell className="max-w-xs whitespace-normal">
                {queue.usage.fallbackFor.length === 0 && rules === 0 ? (
                  <span className="text-muted-foreground">{t("queues.notUsed")}</span>
                ) : null}
                {queue.usage.fallbackFor.length > 0 ? (
                  <span className="block">{t("queues.fallbackOf", { names: names(queue.usage.fallbackFor) })}</span>
                ) : null}
                {rules > 0 ? <span className="block">{t("queues.routingRuleCount", { count: rules })}</span> : null}
              </TableCell>
              {canManage ? (
                <TableCell className="text-right">
                  <QueueRowActions queue={{ id: queue.id, name: queue.name, memberCount: queue.memberCount, usage: queue.usage }} />
                </TableCell>
              ) : null}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
