"use client";
// The rules in evaluation order. Mouse: drag a rule onto another's place (native HTML5 drag and
// drop). Keyboard: each rule's "Move up" / "Move down" buttons; focus stays on the moved rule.
import { ArrowDown, ArrowRight, ArrowUp, GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, type DragEvent } from "react";
import { RowActionsMenu } from "@/components/common/row-actions-menu";
import { Button } from "@/components/ui/button";
import type { RoutingRuleView } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { cn } from "@/lib/utils";
import { useDescribeRule } from "./use-describe-rule";

type Direction = "up" | "down";
type Props = {
  rules: readonly RoutingRuleView[];
  fallbackQueueName: string;
  canManage: boolean;
  onMove: (ruleId: string, to: number) => void;
  onEdit: (rule: RoutingRuleView) => void;
  onDelete: (rule: RoutingRuleView) => void;
};

export function RuleList({ rules, fallbackQueueName, canManage, onMove, onEdit, onDelete }: Props) {
  const t = useTranslations("routingRules");
  const describe = useDescribeRule();
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<{ ruleId: string; direction: Direction } | null>(null);
  // The dragged rule lives in a ref, read by every dragover/drop whatever render they belong to;
  // the state only draws the dragged row and the drop target.
  const dragged = useRef<{ ruleId: string; from: number } | null>(null);
  const [drag, setDrag] = useState<{ ruleId: string; from: number; over: number | null } | null>(null);

  // After a keyboard move the rule's row is re-placed (and its button may now be disabled at an
  // end): put focus back on the same button, or on the other one when it can't go further.
  useEffect(() => {
    const request = focusAfterMove.current;
    if (!request) return;
    focusAfterMove.current = null;
    const index = rules.findIndex((rule) => rule.id === request.ruleId);
    const canGo = (direction: Direction) => (direction === "up" ? index > 0 : index < rules.length - 1);
    const direction = canGo(request.direction) ? request.direction : request.direction === "up" ? "down" : "up";
    moveButtons.current.get(`${request.ruleId}:${direction}`)?.focus();
  }, [rules]);

  function moveBy(rule: RoutingRuleView, index: number, direction: Direction) {
    focusAfterMove.current = { ruleId: rule.id, direction };
    onMove(rule.id, direction === "up" ? index - 1 : index + 1);
  }

  const endDrag = () => {
    dragged.current = null;
    setDrag(null);
  };
  const dragHandlers = (rule: RoutingRuleView, index: number) =>
    canManage
      ? {
          draggable: true,
          onDragStart: (event: DragEvent<HTMLLIElement>) => {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", rule.name);
            dragged.current = { ruleId: rule.id, from: index };
            setDrag({ ...dragged.current, over: null });
          },
          onDragOver: (event: DragEvent<HTMLLIElement>) => {
            const source = dragged.current;
            if (!source) return; // something else being dragged (text, a file): not a drop target
            event.preventDefault();
            event.dataTransfer.dropEffect = "move";
            if (drag?.over !== index) setDrag({ ...source, over: index });
          },
          onDrop: (event: DragEvent<HTMLLIElement>) => {
            const source = dragged.current;
            if (!source) return;
            event.preventDefault();
            endDrag();
            if (source.from !== index) onMove(source.ruleId, index);
          },
          onDragEnd: endDrag,
        }
      : {};

  return (
    <div className="flex flex-col gap-2">
      <ol aria-label={t("listLabel")} className="flex flex-col gap-2">
        {rules.map((rule, index) => {
          const isDropTarget = drag !== null && drag.over === index && drag.from !== index;
          return (
            <li
              key={rule.id}
              {...dragHandlers(rule, index)}
              className={cn(
                "flex flex-wrap items-center gap-3 rounded-lg border bg-card p-3 sm:flex-nowrap",
                canManage && "cursor-grab active:cursor-grabbing",
                drag?.ruleId === rule.id && "opacity-50",
                isDropTarget && (drag.from > index ? "border-t-4 border-t-primary" : "border-b-4 border-b-primary"),
              )}
            >
              {canManage ? <GripVertical aria-hidden="true" className="size-4 shrink-0 text-muted-foreground" /> : null}
              <span
                aria-hidden="true"
                className="flex size-7 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-medium"
              >
                {index + 1}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  <span className="sr-only">{t("position", { position: index + 1 })} </span>
                  {rule.name}
                </p>
                <p className="text-sm break-words text-muted-foreground">{describe(rule)}</p>
                {rule.requiredSkills.length > 0 ? (
                  <p className="text-sm break-words text-muted-foreground">
                    {t("requiresSkills", { skills: rule.requiredSkills.join(", ") })}
                  </p>
                ) : null}
              </div>
              <p className="flex items-center gap-1.5 text-sm">
                <ArrowRight aria-hidden="true" className="size-4 text-muted-foreground" />
                <span className="sr-only">{t("routesTo")} </span>
                <span className="font-medium">{rule.queueName}</span>
              </p>
              {canManage ? (
                <div className="flex shrink-0 items-center gap-1">
                  {(["up", "down"] as const).map((direction) => (
                    <Button
                      key={direction}
                      ref={(element) => {
                        const key = `${rule.id}:${direction}`;
                        if (element) moveButtons.current.set(key, element);
                        else moveButtons.current.delete(key);
                      }}
                      type="button"
                      variant="ghost"
                      size="icon-sm"
                      aria-label={direction === "up" ? t("moveUp", { name: rule.name }) : t("moveDown", { name: rule.name })}
                      disabled={direction === "up" ? index === 0 : index === rules.length - 1}
                      onClick={() => moveBy(rule, index, direction)}
                    >
                      {direction === "up" ? <ArrowUp aria-hidden="true" /> : <ArrowDown aria-hidden="true" />}
                    </Button>
                  ))}
                  <RowActionsMenu
                    label={t("rowActions", { name: rule.name })}
                    size="icon-sm"
                    actions={[
                      { label: t("edit"), onSelect: () => onEdit(rule) },
                      { label: t("delete"), destructive: true, onSelect: () => onDelete(rule) },
                    ]}
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed p-3 text-sm">
        <span className="font-medium">{t("everythingElse")}</span>
        <ArrowRight aria-hidden="true" className="size-4 text-muted-foreground" />
        <span>
          <span className="sr-only">{t("routesTo")} </span>
          <span className="font-medium">{fallbackQueueName}</span> <span className="text-muted-foreground">({t("fallbackQueue")})</span>
        </span>
      </p>
    </div>
  );
}
