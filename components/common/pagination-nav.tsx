// Server-side keyset pagination links (lib/pagination/keyset.ts) that keep the current filters in the
// URL: Previous asks for the rows before this page's first row, Next for those after its last.
import { getTranslations } from "next-intl/server";
import { Pagination, PaginationContent, PaginationItem, PaginationNext, PaginationPrevious } from "@/components/ui/pagination";
import type { CappedCount } from "@/lib/pagination/keyset";

type Props = {
  pathname: string;
  params: Record<string, string | undefined>;
  previousCursor: string | null;
  nextCursor: string | null;
  total: CappedCount;
};

export function pageHref(pathname: string, params: Record<string, string | undefined>, cursor?: { after?: string; before?: string }) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value && key !== "after" && key !== "before" && key !== "page") search.set(key, value);
  if (cursor?.after) search.set("after", cursor.after);
  if (cursor?.before) search.set("before", cursor.before);
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export async function PaginationNav({ pathname, params, previousCursor, nextCursor, total }: Props) {
  const t = await getTranslations();
  return (
    <div className="flex flex-col items-center justify-between gap-3 pt-4 sm:flex-row">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {total.capped ? t("pagination.totalCapped", { count: total.count }) : t("pagination.total", { count: total.count })}
      </p>
      <Pagination aria-label={t("pagination.label")} className="mx-0 w-auto">
        <PaginationContent>
          <PaginationItem>
            <PaginationPrevious
              href={previousCursor ? pageHref(pathname, params, { before: previousCursor }) : undefined}
              disabled={!previousCursor}
              aria-label={t("pagination.previousPage")}
              label={t("pagination.previous")}
            />
          </PaginationItem>
          <PaginationItem>
            <PaginationNext
              href={nextCursor ? pageHref(pathname, params, { after: nextCursor }) : undefined}
              disabled={!nextCursor}
              aria-label={t("pagination.nextPage")}
              label={t("pagination.next")}
            />
          </PaginationItem>
        </PaginationContent>
      </Pagination>
    </div>
  );
}
