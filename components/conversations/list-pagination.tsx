"use client";
// The dashboard's pagination: like PaginationNav, for a list the browser fetches itself.
import { useTranslations } from "next-intl";
import { Pagination, PaginationContent, PaginationItem, PaginationNext, PaginationPrevious } from "@/components/ui/pagination";
import type { ConversationView } from "@/lib/conversations/conversations.schema";

type Props = { view: ConversationView; page: number; pageSize: number; total: number };

const href = (view: ConversationView, page: number) => `/conversations?view=${view}${page > 1 ? `&page=${page}` : ""}`;

export function ListPagination({ view, page, pageSize, total }: Props) {
  const t = useTranslations();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <div className="flex flex-col items-center justify-between gap-3 pt-2 sm:flex-row">
      <p className="text-sm text-muted-foreground">{t("common.showing", { from, to, total })}</p>
      {pages > 1 ? (
        <Pagination aria-label={t("pagination.label")} className="mx-0 w-auto">
          <PaginationContent>
            <PaginationItem>
              <PaginationPrevious
                href={page > 1 ? href(view, page - 1) : undefined}
                disabled={page <= 1}
                aria-label={t("pagination.previousPage")}
                label={t("pagination.previous")}
              />
            </PaginationItem>
            <PaginationItem>
              <span className="px-3 text-sm">{t("pagination.page", { page, pages })}</span>
            </PaginationItem>
            <PaginationItem>
              <PaginationNext
                href={page < pages ? href(view, page + 1) : undefined}
                disabled={page >= pages}
                aria-label={t("pagination.nextPage")}
                label={t("pagination.next")}
              />
            </PaginationItem>
          </PaginationContent>
        </Pagination>
      ) : null}
    </div>
  );
}
