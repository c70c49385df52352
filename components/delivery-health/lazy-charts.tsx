"use client";
// The charts arrive after the page: next/dynamic keeps Recharts (~100 kB gzip) out of the first load
// (issue #13's 180 kB budget), and they render in the browser only (they measure their container).
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

function ChartSkeleton() {
  return <Skeleton data-testid="chart-loading" className="h-64 w-full" />;
}

export const LazyOutcomeBarsChart = dynamic(() => import("./delivery-charts").then((module) => module.OutcomeBarsChart), {
  ssr: false,
  loading: ChartSkeleton,
});

export const LazyErrorCodesChart = dynamic(() => import("./delivery-charts").then((module) => module.ErrorCodesChart), {
  ssr: false,
  loading: ChartSkeleton,
});
