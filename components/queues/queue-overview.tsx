// A queue as a viewer sees it: its settings and its agents, read-only.
import { getTranslations } from "next-intl/server";
import { SectionCard } from "@/components/common/section-card";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { QueueDetail } from "@/lib/queues/list-queues";

export async function QueueOverview({ queue }: { queue: QueueDetail }) {
  const t = await getTranslations();
  return (
    <>
      <SectionCard id="queue-details" title={t("queues.form.details")}>
        <dl className="grid max-w-2xl gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="text-muted-foreground">{t("queues.name")}</dt>
          <dd>{queue.name}</dd>
          <dt className="text-muted-foreground">{t("queues.operatingHours")}</dt>
          <dd>
            {queue.operatingHours
              ? t("queues.form.hoursOption", { name: queue.operatingHours.name, timeZone: queue.operatingHours.timeZone })
              : t("queues.alwaysOpen")}
          </dd>
        </dl>
      </SectionCard>
      <SectionCard
        id="queue-members"
        title={t("queues.members.title")}
        description={t("queues.members.count", { count: queue.members.length })}
      >
        {queue.members.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("queues.members.noneChosen")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead scope="col">{t("agents.name")}</TableHead>
                <TableHead scope="col">{t("agents.email")}</TableHead>
                <TableHead scope="col">{t("agents.status")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {queue.members.map((member) => (
                <TableRow key={member.id}>
                  <TableCell className="font-medium">{member.name}</TableCell>
                  <TableCell>{member.email}</TableCell>
                  <TableCell>
                    <div className="flex flex-wrap gap-1">
                      <Badge variant={member.isActive ? "secondary" : "outline"}>
                        {member.isActive ? t("agents.active") : t("agents.inactive")}
                      </Badge>
                      {member.isAgent ? null : <Badge variant="outline">{t("queues.members.notAgent")}</Badge>}
                    </div>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </SectionCard>
    </>
  );
}
