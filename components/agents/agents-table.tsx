import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AgentRow } from "@/lib/agents/list-agents";
import { EditAgentButton } from "./edit-agent-button";

export async function AgentsTable({ agents, canManage }: { agents: AgentRow[]; canManage: boolean }) {
  const t = await getTranslations("agents");
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("name")}</TableHead>
          <TableHead scope="col">{t("email")}</TableHead>
          <TableHead scope="col">{t("status")}</TableHead>
          <TableHead scope="col" className="text-right">
            {t("capacity")}
          </TableHead>
          <TableHead scope="col">{t("skills.label")}</TableHead>
          <TableHead scope="col">{t("queues")}</TableHead>
          {canManage ? (
            <TableHead scope="col">
              <span className="sr-only">{t("actions")}</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {agents.map((agent) => (
          <TableRow key={agent.id}>
            <TableCell className="font-medium">{agent.name}</TableCell>
            <TableCell>{agent.email}</TableCell>
            <TableCell>
              <Badge variant={agent.isActive ? "secondary" : "outline"}>{agent.isActive ? t("active") : t("inactive")}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">
              {agent.capacity}
              {agent.hasProfile ? null : <span className="block text-xs text-muted-foreground">{t("defaultCapacity")}</span>}
            </TableCell>
            <TableCell className="max-w-xs whitespace-normal">
              {agent.skills.length === 0 ? (
                <span className="text-muted-foreground">{t("noSkills")}</span>
              ) : (
                <ul aria-label={t("skills.listLabel", { name: agent.name })} className="flex flex-wrap gap-1">
                  {agent.skills.map((skill) => (
                    <li key={skill}>
                      <Badge variant="outline">{skill}</Badge>
                    </li>
                  ))}
                </ul>
              )}
            </TableCell>
            <TableCell className="max-w-xs whitespace-normal">
              {agent.queueCount === 0 ? (
                <span className="text-muted-foreground">{t("noQueues")}</span>
              ) : (
                <>
                  {agent.queues.map((queue, index) => (
                    <span key={queue.id}>
                      {index > 0 ? ", " : null}
                      <Link href={`/queues/${queue.id}`} className="underline-offset-4 hover:underline">
                        {queue.name}
                      </Link>
                    </span>
                  ))}
                  {agent.queueCount > agent.queues.length ? (
                    <span className="text-muted-foreground"> {t("moreQueues", { count: agent.queueCount - agent.queues.length })}</span>
                  ) : null}
                </>
              )}
            </TableCell>
            {canManage ? (
              <TableCell className="text-right">
                <EditAgentButton
                  agent={{ id: agent.id, name: agent.name, email: agent.email, capacity: agent.capacity, skills: agent.skills }}
                />
              </TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
