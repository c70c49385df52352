"use client";
// The delivery-health charts (Recharts through components/ui/chart). Loaded on demand by lazy-charts.tsx,
// so Recharts never weighs on a page's first load. Labels arrive translated and formatted by the server.
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from "recharts";
import { ChartContainer, ChartTooltip, ChartTooltipContent, type ChartConfig } from "@/components/ui/chart";

import { OUTCOMES as OUTCOME_SERIES, type Outcome as Series } from "@/lib/delivery-health/figures";

const COLORS: Record<Series, string> = {
  delivered: "var(--chart-2)",
  sent: "var(--chart-3)",
  pending: "var(--muted-foreground)",
  undelivered: "var(--chart-4)",
  failed: "var(--destructive)",
};

export type OutcomeBar = { label: string } & Record<Series, number>;

/** Outbound messages per hour or day, stacked by what became of them. */
export function OutcomeBarsChart({ data, labels }: { data: OutcomeBar[]; labels: Record<Series, string> }) {
  const config: ChartConfig = Object.fromEntries(OUTCOME_SERIES.map((key) => [key, { label: labels[key], color: COLORS[key] }]));
  return (
    <ChartContainer config={config} legend={OUTCOME_SERIES}>
      <BarChart data={data} accessibilityLayer margin={{ left: -16, right: 8 }}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" tickLine={false} axisLine={false} tickMargin={8} minTickGap={12} />
        <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={40} />
        <ChartTooltip content={<ChartTooltipContent />} />
        {OUTCOME_SERIES.map((key, index) => (
          <Bar
            key={key}
            dataKey={key}
            stackId="outcome"
            fill={`var(--color-${key})`}
            radius={index === OUTCOME_SERIES.length - 1 ? [4, 4, 0, 0] : 0}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartContainer>
  );
}

/** Failed and undelivered messages by error code, most frequent first. */
export function ErrorCodesChart({ data, label }: { data: { code: string; count: number }[]; label: string }) {
  const config: ChartConfig = { count: { label, color: "var(--destructive)" } };
  return (
    <ChartContainer config={config}>
      <BarChart data={data} layout="vertical" accessibilityLayer margin={{ left: 8, right: 16 }}>
        <CartesianGrid horizontal={false} />
        <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} />
        <YAxis type="category" dataKey="code" tickLine={false} axisLine={false} width={64} />
        <ChartTooltip content={<ChartTooltipContent />} />
        <Bar dataKey="count" fill="var(--color-count)" radius={4} isAnimationActive={false} />
      </BarChart>
    </ChartContainer>
  );
}
