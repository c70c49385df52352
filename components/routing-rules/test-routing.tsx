"use client";
// "Test routing": where would this sample message go? Evaluated in the browser with the same
// evaluateRouting the message pipeline uses, over the saved rules in their displayed order — so the
// answer follows a reorder at once, without testing again.
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState, type FormEvent } from "react";
import { OptionSelect } from "@/components/forms/option-select";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { RoutingRuleView } from "@/lib/workstreams/routing-rules/routing-rules.schema";
import { localeOptions } from "@/lib/workstreams/locales";
import { evaluateRouting, type Channel, type RoutedMessage } from "@/lib/workstreams/routing-rules/evaluate";

type Props = { rules: readonly RoutingRuleView[]; fallbackQueue: { id: string; name: string }; channel: Channel };

// Radix Select can't hold an empty value; this one stands for "the message's language isn't known".
const UNKNOWN_LANGUAGE = "unknown";
const CHANNELS = ["SMS", "WHATSAPP"] as const;

export function TestRouting({ rules, fallbackQueue, channel: workstreamChannel }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const headingId = useId();
  const [text, setText] = useState("");
  const [customerNumber, setCustomerNumber] = useState("");
  const [language, setLanguage] = useState(UNKNOWN_LANGUAGE);
  const [channel, setChannel] = useState<Channel>(workstreamChannel);
  const [sample, setSample] = useState<RoutedMessage | null>(null);
  const languages = useMemo(
    () => [{ value: UNKNOWN_LANGUAGE, label: t("routingRules.test.languageUnknown") }, ...localeOptions(locale)],
    [locale, t],
  );

  function test(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSample({ text, customerNumber, language: language === UNKNOWN_LANGUAGE ? null : language, channel });
  }

  let result: string | null = null;
  if (sample) {
    const { ruleId } = evaluateRouting({ rules, fallbackQueueId: fallbackQueue.id, message: sample });
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
      <form onSubmit={test} className="flex flex-col gap-3">
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
    </section>
  );
}
