"use client";
import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { lazyDialog } from "@/components/common/lazy-dialog";
import type { EditableAgent } from "./agent-dialog";

// Mounted when opened; its code loads then (decision 036).
const AgentDialog = lazyDialog(() => import("./agent-dialog").then((module) => module.AgentDialog));

export function EditAgentButton({ agent }: { agent: EditableAgent }) {
  const t = useTranslations("agents");
  const [isOpen, setIsOpen] = useState(false);
  return (
    <>
      {/* The visible "Edit" starts the accessible name, so voice control users can say what they see. */}
      <Button type="button" variant="outline" size="sm" aria-label={t("editLabel", { name: agent.name })} onClick={() => setIsOpen(true)}>
        <Pencil aria-hidden="true" />
        {t("edit")}
      </Button>
      {isOpen ? <AgentDialog agent={agent} onClose={() => setIsOpen(false)} /> : null}
    </>
  );
}
