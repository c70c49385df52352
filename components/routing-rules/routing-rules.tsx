"use client";
// Routing rules of a workstream (SPEC §2, work classification): the ordered rules, the fallback
// queue that takes the rest, add / edit / delete / reorder, and a "test routing" box.
import { Route } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useOptimistic, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { ConfirmActionDialog } from "@/components/common/confirm-dialog";
import { InlineListFrame } from "@/components/common/inline-list-frame";
import { lazyDialog } from "@/components/common/lazy-dialog";
import { deleteRoutingRuleAction, reorderRoutingRulesAction } from "@/lib/workstreams/routing-rules/actions";
import type { RoutingRuleView } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { moveItem } from "@/lib/workstreams/routing-rules/rule-order";
import type { Channel } from "@/lib/workstreams/routing-rules/evaluate";
import { RuleList } from "./rule-list";
import { TestRouting } from "./test-routing";

// The rule form (Radix Dialog, react-hook-form, the rule schema) loads when it is first opened (decision 039).
const RuleDialog = lazyDialog(() => import("./rule-dialog").then((module) => module.RuleDialog));

type Props = {
  workstreamId: string;
  rules: RoutingRuleView[];
  fallbackQueue: { id: string; name: string };
  channel: Channel;
  canManage: boolean;
};

export function RoutingRules({ workstreamId, rules, fallbackQueue, channel, canManage }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const [, startTransition] = useTransition();
  // The new order shows at once; the saved one replaces it when the server answers (or the old one
  // comes back if it refuses).
  const [orderedRules, showOrder] = useOptimistic(rules, (current, ids: string[]) =>
    ids.flatMap((id) => current.filter((rule) => rule.id === id)),
  );
  const [announcement, setAnnouncement] = useState("");
  const [editing, setEditing] = useState<RoutingRuleView | "new" | null>(null);
  const [deleting, setDeleting] = useState<RoutingRuleView | null>(null);

  function move(ruleId: string, to: number) {
    const from = orderedRules.findIndex((rule) => rule.id === ruleId);
    const rule = orderedRules[from];
    if (!rule || to < 0 || to >= orderedRules.length || to === from) return;
    const ruleIds = moveItem(
      orderedRules.map((candidate) => candidate.id),
      from,
      to,
    );
    setAnnouncement(t("routingRules.moved", { name: rule.name, position: to + 1 }));
    startTransition(async () => {
      showOrder(ruleIds);
      const result = await reorderRoutingRulesAction({ workstreamId, ruleIds });
      if (!result.ok) {
        toast.error(result.error);
        setAnnouncement(t("routingRules.moveFailed", { name: rule.name }));
      }
      router.refresh();
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <InlineListFrame
        addLabel={canManage ? t("routingRules.add") : null}
        onAdd={() => setEditing("new")}
        isEmpty={orderedRules.length === 0}
        emptyIcon={Route}
        emptyText={t("routingRules.empty", { queue: fallbackQueue.name })}
      >
        <RuleList
          rules={orderedRules}
          fallbackQueueName={fallbackQueue.name}
          canManage={canManage}
          onMove={move}
          onEdit={setEditing}
          onDelete={setDeleting}
        />
      </InlineListFrame>
      {/* Always mounted, so a screen reader hears each move. */}
      <p aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>
      <TestRouting workstreamId={workstreamId} rules={orderedRules} fallbackQueue={fallbackQueue} channel={channel} />
      {editing ? (
        <RuleDialog workstreamId={workstreamId} rule={editing === "new" ? undefined : editing} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmActionDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? null : setDeleting(null))}
        title={t("routingRules.deleteTitle", { name: deleting?.name ?? "" })}
        description={t("routingRules.deleteDescription", { queue: fallbackQueue.name })}
        confirmLabel={t("routingRules.delete")}
        action={() => deleteRoutingRuleAction({ ruleId: deleting?.id ?? "" })}
        success={t("routingRules.deleted", { name: deleting?.name ?? "" })}
      />
    </div>
  );
}
