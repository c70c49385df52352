"use client";
// Every rule the text breaks, live and with specifics ("{Agentname} … did you mean {AgentName}?") —
// the field's own error can only show one message at a time.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { suggestPlaceholder } from "@/lib/workstreams/automated-messages/editor";
import { validateAutomatedMessageText } from "@/lib/workstreams/automated-messages/message-text";

export function TextProblems({ text }: { text: string }) {
  const t = useTranslations("automatedMessages.problems");
  const lines = useMemo(() => {
    const problems = validateAutomatedMessageText(text);
    const out: { key: string; text: string }[] = [];
    for (const problem of problems) {
      if (problem.code === "unknownPlaceholder") {
        const suggestion = suggestPlaceholder(problem.placeholder.slice(1, -1));
        out.push({
          key: `placeholder-${problem.index}`,
          text: suggestion
            ? t("unknownPlaceholderSuggestion", { placeholder: problem.placeholder, suggestion: `{${suggestion}}` })
            : t("unknownPlaceholder", { placeholder: problem.placeholder }),
        });
      } else if (problem.code === "tooLong") {
        out.push({ key: "tooLong", text: t("tooLong", { count: problem.characters, max: problem.max }) });
      }
    }
    // Braces: one line however many there are.
    const braces = problems.filter((problem) => problem.code === "unbalancedBrace").length;
    if (braces > 0) out.push({ key: "braces", text: t("unbalancedBrace", { count: braces }) });
    return out; // "empty" is left to the field: an empty editor isn't a mistake yet
  }, [text, t]);

  if (lines.length === 0) return null;
  return (
    <ul aria-label={t("label")} className="-mt-2 list-disc pl-5 text-sm text-amber-800">
      {lines.map((line) => (
        <li key={line.key}>{line.text}</li>
      ))}
    </ul>
  );
}
