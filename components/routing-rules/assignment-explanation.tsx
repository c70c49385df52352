"use client";
// The routing tester's answer about agents: who would get the conversation now, and why each other
// member of the queue wouldn't (presence not allowed, no capacity left, skills missing).
import { useTranslations } from "next-intl";
import { useId } from "react";
import type { AgentAssessmentView, AssignmentExplanation as Explanation } from "@/lib/workstreams/routing-rules/routing-rules.schema";

export function AssignmentExplanation({ explanation }: { explanation: Explanation }) {
  const t = useTranslations();
  const listId = useId();
  if (explanation.mode === "pick") return <p className="text-sm">{t("routingRules.test.agents.pick", { queue: explanation.queueName })}</p>;
  const chosen = explanation.agents.find((agent) => agent.rank === 1);
  const skills =
    explanation.skillMatching === "NONE" || explanation.requiredSkills.length === 0
      ? t("routingRules.test.agents.skillsIgnored", { mode: t(`workstreams.distribution.skillOptions.${explanation.skillMatching}`) })
      : t("routingRules.test.agents.skillsUsed", {
          mode: t(`workstreams.distribution.skillOptions.${explanation.skillMatching}`),
          skills: explanation.requiredSkills.join(", "),
        });
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="font-medium">
        {!explanation.queueOpen
          ? t("routingRules.test.agents.queueClosed", { queue: explanation.queueName })
          : chosen
            ? t("routingRules.test.agents.chosen", { name: chosen.name })
            : t("routingRules.test.agents.noneEligible", { queue: explanation.queueName })}
      </p>
      <p className="text-muted-foreground">{skills}</p>
      {explanation.agents.length === 0 ? (
        <p className="text-muted-foreground">{t("routingRules.test.agents.noMembers", { queue: explanation.queueName })}</p>
      ) : (
        <>
          <p id={listId} className="sr-only">
            {t("routingRules.test.agents.listLabel", { queue: explanation.queueName })}
          </p>
          <ul aria-labelledby={listId} className="flex flex-col divide-y rounded-md border bg-background">
            {explanation.agents.map((agent) => (
              <AgentLine key={agent.userId} agent={agent} showSkills={explanation.requiredSkills.length > 0} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function AgentLine({ agent, showSkills }: { agent: AgentAssessmentView; showSkills: boolean }) {
  const t = useTranslations("routingRules.test.agents");
  const tPresence = useTranslations("workstreams.distribution.presenceOptions");
  const presence = tPresence.has(agent.presence as never) ? tPresence(agent.presence as never) : agent.presence;
  const verdict =
    agent.excludedBy === "presence"
      ? t("excludedPresence", { presence })
      : agent.excludedBy === "capacity"
        ? t("excludedCapacity")
        : agent.excludedBy === "skills"
          ? t("excludedSkills", { skills: agent.missingSkills.join(", ") })
          : agent.rank === 1
            ? t("wouldGet")
            : t("next", { rank: agent.rank ?? 0 });
  return (
    <li className="flex flex-col gap-0.5 px-3 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
      <span className="font-medium">{agent.name}</span>
      <span className="flex flex-col text-muted-foreground sm:items-end">
        <span className={agent.rank === 1 ? "font-medium text-foreground" : undefined}>{verdict}</span>
        <span>
          {t("details", { presence, load: agent.load, capacity: agent.capacity })}
          {showSkills
            ? ` · ${t("skillsMatched", { matched: agent.matchedSkills.length, required: agent.matchedSkills.length + agent.missingSkills.length })}`
            : null}
        </span>
      </span>
    </li>
  );
}
