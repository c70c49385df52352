"use client";
// The dashboard's pagination: Newer / Older by cursor (keyset, so the thousandth page costs what the
// first does), keeping the tab or the search in the URL.
import { useTranslations } from "next-intl";
import { Pagination, PaginationContent, PaginationItem, PaginationNext, PaginationPrevious } from "@/components/ui/pagination";

type Props = { params: Record<string, string>; newerCursor: string | null; olderCursor: string | null };

export function listHref(params: Record<string, string>, cursor?: { newer?: string; older?: string }) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && key !== "newer" && key !== "older") search.set(key, value);
  if (cursor?.newer) search.set("newer", cursor.newer);
  if (cursor?.older) search.set("older", cursor.older);
  const query = search.toString();
  return query ? `/conversations?${query}` : "/conversations";
}

export function ListPagination({ params, newerCursor, olderCursor }: Props) {
  const t = useTranslations();
  if (!newerCursor && !olderCursor) return null;
  return (
    <Pagination aria-label={t("pagination.label")} className="mx-0 w-auto justify-end pt-2">
      <PaginationContent>
        <PaginationItem>
          <PaginationPrevious
            href={newerCursor ? listHref(params, { newer: newerCursor }) : undefined}
            disabled={!newerCursor}
            aria-label={t("conversations.list.newerPage")}
            label={t("conversations.list.newer")}
          />
        </PaginationItem>
        <PaginationItem>
          <PaginationNext
            href={olderCursor ? listHref(params, { older: olderCursor }) : undefined}
            disabled={!olderCursor}
            aria-label={t("conversations.list.olderPage")}
            label={t("conversations.list.older")}
          />
        </PaginationItem>
      </PaginationContent>
    </Pagination>
  );
}
