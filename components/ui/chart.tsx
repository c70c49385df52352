"use client";
// A small chart frame in the manner of shadcn/ui charts: Recharts inside, colours from a config as CSS
// variables (--color-<key>) so series take the theme's tokens, and a tooltip styled like the rest of the
// UI. Import it only from components loaded with next/dynamic: Recharts is large (decision 034).
import * as React from "react";
import { ResponsiveContainer, Tooltip, type TooltipContentProps } from "recharts";
import { cn } from "@/lib/utils";

export type ChartConfig = Record<string, { label: string; color: string }>;

const ChartContext = React.createContext<ChartConfig>({});

export function ChartContainer({
  config,
  legend,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & { config: ChartConfig; legend?: readonly string[]; children: React.ReactElement }) {
  const colors = Object.fromEntries(Object.entries(config).map(([key, item]) => [`--color-${key}`, item.color])) as React.CSSProperties;
  return (
    <ChartContext.Provider value={config}>
      <div
        data-slot="chart"
        className={cn(
          "w-full text-xs [&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line]:stroke-border [&_.recharts-rectangle.recharts-tooltip-cursor]:fill-muted [&_.recharts-surface]:outline-none",
          className,
        )}
        style={{ ...colors, ...props.style }}
        {...props}
      >
        <div className="h-64 w-full">
          <ResponsiveContainer width="100%" height="100%">
            {children}
          </ResponsiveContainer>
        </div>
        {legend ? <ChartLegendList keys={legend} /> : null}
      </div>
    </ChartContext.Provider>
  );
}

export const ChartTooltip = Tooltip;

/** The tooltip's box: the bar's label, then each series with its colour, name and value. */
export function ChartTooltipContent({ active, payload, label }: Partial<TooltipContentProps<number, string>>) {
  const config = React.useContext(ChartContext);
  if (!active || !payload?.length) return null;
  return (
    <div className="grid min-w-32 gap-1.5 rounded-lg border bg-background px-2.5 py-1.5 text-xs shadow-xl">
      {label !== undefined ? <div className="font-medium">{String(label)}</div> : null}
      {payload.map((item) => {
        const key = String(item.dataKey ?? item.name);
        return (
          <div key={key} className="flex items-center gap-2">
            <span aria-hidden="true" className="size-2.5 shrink-0 rounded-[2px]" style={{ background: item.color }} />
            <span className="flex-1 text-muted-foreground">{config[key]?.label ?? item.name}</span>
            <span className="font-mono font-medium tabular-nums">{Number(item.value ?? 0).toLocaleString()}</span>
          </div>
        );
      })}
    </div>
  );
}

/** The series' names and colours under the chart (plain HTML, so it reads and wraps like text). */
function ChartLegendList({ keys }: { keys: readonly string[] }) {
  const config = React.useContext(ChartContext);
  return (
    <ul className="flex flex-wrap justify-center gap-x-4 gap-y-1 pt-2 text-xs text-muted-foreground">
      {keys.map((key) => (
        <li key={key} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-[2px]" style={{ background: `var(--color-${key})` }} />
          {config[key]?.label}
        </li>
      ))}
    </ul>
  );
}
