"use client";
// Recent imports, polled while one runs; a toast says when each finishes. Failed imports offer
// Retry and, when the webhook is the problem, "Point this number at Switchboard".
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { getJson } from "@/components/common/get-json";
import { Button } from "@/components/ui/button";
import { pointImportAtSwitchboardAction, retryImportAction } from "@/lib/inventory/actions";
import type { ImportRow } from "@/lib/inventory/list-inventory";
import { inventoryKeys } from "./query-keys";

type Imports = { imports: (Omit<ImportRow, "startedAt" | "completedAt"> & { startedAt: string; completedAt: string | null })[] };

const fetchImports = () => getJson<Imports>("/api/inventory/imports");

function FailureText({ job }: { job: Imports["imports"][number] }) {
  const t = useTranslations();
  const reason = job.failureReason ?? "unexpected";
  if (reason.startsWith("twilio.")) return <>{t(`accounts.validation.${reason}`)}</>;
  if (reason === "webhookNotPointing") {
    return (
      <>
        {t(
          job.failureDetail?.status === "MESSAGING_SERVICE"
            ? "inventory.failures.messagingService"
            : "inventory.failures.webhookNotPointing",
          {
            current: job.failureDetail?.currentUrl || t("numbers.twilioCheck.noUrl"),
          },
        )}
        <span className="mt-1 block break-all font-mono text-xs">{job.failureDetail?.expectedUrl}</span>
      </>
    );
  }
  return <>{t.has(`inventory.failures.${reason}`) ? t(`inventory.failures.${reason}`) : t("inventory.failures.unexpected")}</>;
}

export function ImportsPanel({ canManage }: { canManage: boolean }) {
  const t = useTranslations("inventory");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [isPending, startTransition] = useTransition();
  const { data } = useQuery({
    queryKey: inventoryKeys.imports(),
    queryFn: fetchImports,
    refetchInterval: (query) => (query.state.data?.imports.some((job) => job.status === "RUNNING") ? 1000 : false),
  });
  const previous = useRef<Map<string, string>>(new Map());

  useEffect(() => {
    if (!data) return;
    let finished = false;
    for (const job of data.imports) {
      const before = previous.current.get(job.id);
      // Any change into a final state (Running → Completed, or a quick Retry: Failed → Completed).
      if (before !== undefined && before !== job.status && job.status !== "RUNNING") {
        finished = true;
        if (job.status === "COMPLETED") toast.success(t("importCompleted", { number: job.display }));
        else toast.error(t("importFailed", { number: job.display }));
      }
      previous.current.set(job.id, job.status);
    }
    if (finished) router.refresh();
  }, [data, router, t]);

  function act(kind: "retry" | "point", importId: string) {
    startTransition(async () => {
      const result = kind === "retry" ? await retryImportAction({ importId }) : await pointImportAtSwitchboardAction({ importId });
      if (!result.ok) toast.error(result.error);
      await queryClient.invalidateQueries({ queryKey: inventoryKeys.imports() });
    });
  }

  if (!data || data.imports.length === 0) return null;
  return (
    <section aria-labelledby="imports-title" className="rounded-lg border p-4">
      <h2 id="imports-title" className="mb-3 text-base font-semibold">
        {t("importsTitle")}
      </h2>
      <ul className="flex flex-col divide-y">
        {data.imports.map((job) => (
          <li
            key={job.id}
            className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between"
            aria-label={`${job.display} — ${t(`importStatus.${job.status}`)}`}
          >
            <div className="flex items-start gap-3">
              {job.status === "RUNNING" ? (
                <LoaderCircle aria-hidden="true" className="mt-0.5 size-4 animate-spin" />
              ) : job.status === "COMPLETED" ? (
                <CircleCheck aria-hidden="true" className="mt-0.5 size-4 text-emerald-700" />
              ) : (
                <CircleAlert aria-hidden="true" className="mt-0.5 size-4 text-destructive" />
              )}
              <div className="text-sm">
                <p>
                  <span className="font-mono">{job.display}</span> · {job.integration} ·{" "}
                  <span className="font-medium">{t(`importStatus.${job.status}`)}</span>
                </p>
                {job.status === "FAILED" ? (
                  <p className="mt-1 max-w-2xl text-muted-foreground">
                    <FailureText job={job} />
                  </p>
                ) : null}
              </div>
            </div>
            {job.status === "FAILED" && canManage ? (
              <div className="flex shrink-0 gap-2">
                {job.failureReason === "webhookNotPointing" && job.failureDetail?.status !== "MESSAGING_SERVICE" ? (
                  <Button type="button" size="sm" onClick={() => act("point", job.id)} disabled={isPending}>
                    {t("pointAtSwitchboard")}
                  </Button>
                ) : null}
                <Button type="button" size="sm" variant="outline" onClick={() => act("retry", job.id)} disabled={isPending}>
                  {t("retry")}
                </Button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
