import type { ReactNode } from "react";
import { RecordCrumbs, type RecordCrumb } from "@/components/shell/record-crumbs";

/** `crumbs`: the records this page is about, named in the header's breadcrumbs (a workstream, an account…). */
export function PageHeader({
  title,
  description,
  actions,
  crumbs,
}: {
  title: string;
  description?: string;
  actions?: ReactNode;
  crumbs?: RecordCrumb[];
}) {
  return (
    <div className="flex flex-col gap-3 border-b pb-5 sm:flex-row sm:items-end sm:justify-between">
      {crumbs ? <RecordCrumbs crumbs={crumbs} /> : null}
      <div className="min-w-0 space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight wrap-break-word">{title}</h1>
        {description ? <p className="max-w-3xl text-sm text-muted-foreground wrap-break-word">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 flex-wrap items-center gap-2">{actions}</div> : null}
    </div>
  );
}
