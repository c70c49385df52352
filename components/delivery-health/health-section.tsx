// A delivery-health report that streams in after the rest of the page (Suspense), with a skeleton while
// it loads and a message instead of a broken page if its queries fail.
import { TriangleAlert } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import type { EntityHealth } from "@/lib/delivery-health/health";
import type { HealthWindow } from "@/lib/delivery-health/period";
import { logger } from "@/lib/logger";
import { HealthReport } from "./health-report";

type Props = { id: string; window: HealthWindow; scope: "number" | "account"; load: () => Promise<EntityHealth> };

async function LoadedReport({ load, ...props }: Props) {
  let health: EntityHealth;
  try {
    health = await load();
  } catch (error) {
    logger.error("delivery health could not be read", { scope: props.scope, error });
    return <HealthLoadError />;
  }
  return <HealthReport {...props} health={health} />;
}

export async function HealthLoadError() {
  const t = await getTranslations("deliveryHealth");
  return (
    <Alert variant="destructive">
      <TriangleAlert aria-hidden="true" />
      <AlertTitle>{t("loadError.title")}</AlertTitle>
      <AlertDescription>{t("loadError.description")}</AlertDescription>
    </Alert>
  );
}

export function HealthReportSkeleton() {
  return (
    <div className="flex flex-col gap-6" aria-busy="true">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-5">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
      <Skeleton className="h-64 w-full" />
    </div>
  );
}

export function HealthSection(props: Props) {
  return (
    <Suspense key={props.window.period} fallback={<HealthReportSkeleton />}>
      <LoadedReport {...props} />
    </Suspense>
  );
}
