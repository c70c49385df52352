// Server-side pagination links that keep the current filters in the URL.
import { getTranslations } from "next-intl/server";
import { Pagination, PaginationContent, PaginationItem, PaginationNext, PaginationPrevious } from "@/components/ui/pagination";

type Props = { pathname: string; params: Record<string, string | undefined>; page: number; pageSize: number; total: number };

export function pageHref(pathname: string, params: Record<string, string | undefined>, page: number) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "page") search.set(key, value);
  if (page > 1) search.set("page", String(page));
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

export async function PaginationNav({ pathname, params, page, pageSize, total }: Props) {
  const t = await getTranslations();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="flex flex-col items-center justify-between gap-3 pt-4 sm:flex-row">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t("common.showing", { from, to, total })}
      </p>
      <Pagination aria-label={t("pagination.label")} className="mx-0 w-auto">
        <PaginationContent>
          <PaginationItem>
            <PaginationPrevious
              href={page > 1 ? pageHref(pathname, params, page - 1) : undefined}
              disabled={page <= 1}
              aria-label={t("pagination.previousPage")}
              label={t("pagination.previous")}
            />
          </PaginationItem>
          <PaginationItem>
            <span className="px-3 text-sm">{t("pagination.page", { page: Math.min(page, pages), pages })}</span>
          </PaginationItem>
          <PaginationItem>
            <PaginationNext
              href={page < pages ? pageHref(pathname, params, page + 1) : undefined}
              disabled={page >= pages}
              aria-label={t("pagination.nextPage")}
              label={t("pagination.next")}
            />
          </PaginationItem>
        </PaginationContent>
      </Pagination>
    </div>
  );
}
