"use client";
// "Test routing": where would this sample message go? Evaluated in the browser with the same
// evaluateRouting the message pipeline uses, over the saved rules in their displayed order — so the
// answer follows a reorder at once, without testing again. Then the server says which agent of that
// queue push distribution would choose now, and why (assignment-explanation.tsx). The evaluator (with
// re2js, ~44 kB gzip, and the rule schema) loads when the panel is first used (decision 039).
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useMemo, useState, useTransition, type FormEvent } from "react";
import { OptionSelect } from "@/components/forms/option-select";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { getJson } from "@/components/common/get-json";
import type { AssignmentExplanation as Explanation, RoutingRuleView } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { AssignmentExplanation } from "./assignment-explanation";
import { localeOptions } from "@/lib/workstreams/locales";
import type { Channel, RoutedMessage } from "@/lib/workstreams/routing-rules/evaluate";
import { loadOnUse } from "@/components/common/load-on-use";

const evaluator = loadOnUse(() => import("@/lib/workstreams/routing-rules/evaluate").then((module) => module.evaluateRouting));
type Evaluate = Awaited<ReturnType<typeof evaluator.load>>;

type Props = {
  workstreamId: string;
  rules: readonly RoutingRuleView[];
  fallbackQueue: { id: string; name: string };
  channel: Channel;
};

// Radix Select can't hold an empty value; this one stands for "the message's language isn't known".
const UNKNOWN_LANGUAGE = "unknown";
const CHANNELS = ["SMS", "WHATSAPP"] as const;

export function TestRouting({ workstreamId, rules, fallbackQueue, channel: workstreamChannel }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const headingId = useId();
  const [text, setText] = useState("");
  const [customerNumber, setCustomerNumber] = useState("");
  const [language, setLanguage] = useState(UNKNOWN_LANGUAGE);
  const [channel, setChannel] = useState<Channel>(workstreamChannel);
  const [sample, setSample] = useState<RoutedMessage | null>(null);
  const [agents, setAgents] = useState<{ ruleId: string | null; explanation: Explanation | null; error: string | null } | null>(null);
  const [isExplaining, startExplaining] = useTransition();
  const [evaluateRouting, setEvaluate] = useState<Evaluate | null>(() => evaluator.loaded());
  const [loadFailed, setLoadFailed] = useState(false);
  const languages = useMemo(
    () => [{ value: UNKNOWN_LANGUAGE, label: t("routingRules.test.languageUnknown") }, ...localeOptions(locale)],
    [locale, t],
  );

  function test(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = { text, customerNumber, language: language === UNKNOWN_LANGUAGE ? null : language, channel };
    evaluator.load().then(
      (evaluate) => {
        setLoadFailed(false);
        setEvaluate(() => evaluate);
        setSample(next);
      },
      () => setLoadFailed(true), // offline or a new deployment: Test again retries
    );
  }

  const routedRuleId =
    sample && evaluateRouting ? evaluateRouting({ rules, fallbackQueueId: fallbackQueue.id, message: sample }).ruleId : undefined;
  // Asked again whenever the routed rule changes (a new sample, a reorder).
  useEffect(() => {
    if (routedRuleId === undefined) return;
    startExplaining(async () => {
      const query = new URLSearchParams({ workstreamId, ruleId: routedRuleId ?? "" });
      try {
        const explanation = await getJson<Explanation>(`/api/routing/explain?${query.toString()}`);
        setAgents({ ruleId: routedRuleId, explanation, error: null });
      } catch {
        setAgents({ ruleId: routedRuleId, explanation: null, error: t("errors.unexpected") });
      }
    });
  }, [routedRuleId, sample, workstreamId, t]);

  let result: string | null = loadFailed ? t("errors.unexpected") : null;
  if (sample && !loadFailed) {
    const ruleId = routedRuleId ?? null;
    const position = rules.findIndex((rule) => rule.id === ruleId);
    const rule = rules[position];
    result = rule
      ? t("routingRules.test.matched", { queue: rule.queueName, position: position + 1, name: rule.name })
      : t("routingRules.test.fallback", { queue: fallbackQueue.name });
  }

  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3 rounded-lg border bg-muted/30 p-4">
      <div>
        <h3 id={headingId} className="text-sm font-semibold">
          {t("routingRules.test.title")}
        </h3>
        <p className="text-sm text-muted-foreground">{t("routingRules.test.description")}</p>
      </div>
      <form onSubmit={test} onFocus={evaluator.prefetch} onPointerEnter={evaluator.prefetch} className="flex flex-col gap-3">
        <FormField label={t("routingRules.test.text")} htmlFor="test-routing-text">
          <Textarea id="test-routing-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} />
        </FormField>
        <div className="grid gap-3 sm:grid-cols-3">
          <FormField label={t("routingRules.test.customerNumber")} htmlFor="test-routing-number">
            <Input
              id="test-routing-number"
              inputMode="tel"
              autoComplete="off"
              value={customerNumber}
              onChange={(event) => setCustomerNumber(event.target.value)}
            />
          </FormField>
          <FormField label={t("routingRules.test.language")} htmlFor="test-routing-language">
            <OptionSelect id="test-routing-language" value={language} onChange={setLanguage} invalid={false} options={languages} />
          </FormField>
          <FormField label={t("routingRules.test.channel")} htmlFor="test-routing-channel">
            <OptionSelect
              id="test-routing-channel"
              value={channel}
              onChange={(value) => setChannel(value as Channel)}
              invalid={false}
              options={CHANNELS.map((value) => ({ value, label: t(`accounts.channels.${value}`) }))}
            />
          </FormField>
        </div>
        <div>
          <Button type="submit" variant="secondary">
            {t("routingRules.test.submit")}
          </Button>
        </div>
      </form>
      <p role="status" className="min-h-5 text-sm font-medium">
        {result}
      </p>
      {/* Its own live region: the queue's answer above stays one sentence, the agents follow. */}
      <div aria-live="polite" aria-busy={isExplaining} className="flex flex-col gap-2 empty:hidden">
        {isExplaining ? <p className="text-sm text-muted-foreground">{t("routingRules.test.agents.loading")}</p> : null}
        {!isExplaining && agents?.error ? <p className="text-sm text-destructive">{agents.error}</p> : null}
        {!isExplaining && agents?.explanation ? <AssignmentExplanation explanation={agents.explanation} /> : null}
      </div>
    </section>
  );
}
