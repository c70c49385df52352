"use client";
// A rule's conditions as one readable line: "Message text contains “refund” and customer number
// starts with +81". Intl.ListFormat joins them ("and" for all, "or" for any) in the admin's language.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Condition, Rule } from "@/lib/workstreams/routing-rules/evaluate";

export function useDescribeRule(): (rule: Pick<Rule, "match" | "conditions">) => string {
  const t = useTranslations();
  const locale = useLocale();
  return useMemo(() => {
    const languages = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
    const languageName = (code: string) => {
      try {
        return languages.of(code.trim().replaceAll("_", "-")) ?? code;
      } catch {
        return code; // not a well-formed tag: show what was stored
      }
    };
    const describeCondition = (condition: Condition): string => {
      switch (condition.field) {
        case "messageText":
          return t(`routingRules.summary.messageText.${condition.operator}`, { value: condition.value });
        case "customerNumber":
          return t("routingRules.summary.customerNumber.startsWith", { value: condition.value });
        case "language":
          return t("routingRules.summary.language.is", { language: languageName(condition.value) });
        case "channel":
          return t("routingRules.summary.channel.is", { channel: t(`accounts.channels.${condition.value}`) });
      }
    };
    const lists = { all: new Intl.ListFormat(locale, { type: "conjunction" }), any: new Intl.ListFormat(locale, { type: "disjunction" }) };
    return (rule) => {
      if (rule.conditions.length === 0) return t("routingRules.summary.none");
      const text = lists[rule.match].format(rule.conditions.map(describeCondition));
      return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
    };
  }, [t, locale]);
}
