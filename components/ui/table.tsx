"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

// Tables collapse on phones (< sm, decision 037): each row becomes a card and each cell a
// "label: value" line, the label being its column's header (copied into the cell's data-label and
// drawn by CSS with empty alternative text, so screen readers don't hear it twice). The elements keep
// their table roles, so assistive technology still reads a table with its column headers.
const TABLE_ROLES = {
  table: "table",
  rowgroup: "rowgroup",
  row: "row",
  columnheader: "columnheader",
  rowheader: "rowheader",
  cell: "cell",
} as const;

/** Copies each column's header text into the body cells' data-label (colSpan-aware), again when rows change. */
function useColumnLabels(ref: React.RefObject<HTMLTableElement | null>) {
  React.useEffect(() => {
    const table = ref.current;
    if (!table) return;
    const label = () => {
      const headers: string[] = [];
      for (const cell of Array.from(table.tHead?.rows[0]?.cells ?? [])) {
        for (let span = 0; span < cell.colSpan; span++) headers.push(span === 0 ? (cell.textContent ?? "").trim() : "");
      }
      for (const body of Array.from(table.tBodies)) {
        for (const row of Array.from(body.rows)) {
          let column = 0;
          for (const cell of Array.from(row.cells)) {
            const text = cell.colSpan > 1 ? "" : (headers[column] ?? "");
            if (text && cell.dataset.label !== text) cell.dataset.label = text;
            else if (!text && cell.dataset.label !== undefined) delete cell.dataset.label;
            column += cell.colSpan;
          }
        }
      }
    };
    label();
    const observer = new MutationObserver(label);
    observer.observe(table, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [ref]);
}

function Table({ className, ...props }: React.ComponentProps<"table">) {
  const ref = React.useRef<HTMLTableElement>(null);
  useColumnLabels(ref);
  return (
    // Focusable so keyboard users can scroll a table wider than the screen (axe: scrollable-region-focusable).
    <div
      data-slot="table-container"
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      className="relative w-full overflow-x-auto rounded-md outline-none focus-visible:ring-2 focus-visible:ring-ring max-sm:overflow-x-visible"
    >
      <table
        ref={ref}
        role={TABLE_ROLES.table}
        data-slot="table"
        className={cn("w-full caption-bottom text-sm max-sm:block", className)}
        {...props}
      />
    </div>
  );
}

function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return (
    <thead role={TABLE_ROLES.rowgroup} data-slot="table-header" className={cn("[&_tr]:border-b max-sm:sr-only", className)} {...props} />
  );
}

function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return (
    <tbody
      role={TABLE_ROLES.rowgroup}
      data-slot="table-body"
      className={cn("[&_tr:last-child]:border-0 max-sm:flex max-sm:flex-col max-sm:gap-2 max-sm:[&_tr:last-child]:border", className)}
      {...props}
    />
  );
}

function TableFooter({ className, ...props }: React.ComponentProps<"tfoot">) {
  return (
    <tfoot
      role={TABLE_ROLES.rowgroup}
      data-slot="table-footer"
      className={cn("bg-muted/50 border-t font-medium [&>tr]:last:border-b-0 max-sm:block", className)}
      {...props}
    />
  );
}

function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return (
    <tr
      role={TABLE_ROLES.row}
      data-slot="table-row"
      className={cn(
        "hover:bg-muted/50 data-[state=selected]:bg-muted border-b transition-colors",
        "max-sm:flex max-sm:flex-col max-sm:gap-1 max-sm:rounded-md max-sm:border max-sm:p-2",
        className,
      )}
      {...props}
    />
  );
}

function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return (
    <th
      role={props.scope === "row" ? TABLE_ROLES.rowheader : TABLE_ROLES.columnheader}
      data-slot="table-head"
      className={cn(
        "text-foreground h-10 px-2 text-left align-middle font-medium whitespace-nowrap [&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]",
        // Phones: a header in a body row (scope="row") heads its card and wraps.
        "max-sm:h-auto max-sm:whitespace-normal max-sm:wrap-anywhere",
        className,
      )}
      {...props}
    />
  );
}

function TableCell({ className, ...props }: React.ComponentProps<"td">) {
  return (
    <td
      role={TABLE_ROLES.cell}
      data-slot="table-cell"
      className={cn(
        "p-2 align-middle whitespace-nowrap [&:has([role=checkbox])]:pr-0 [&>[role=checkbox]]:translate-y-[2px]",
        // Phones: a two-column grid, the column's label on the left and everything the cell holds stacked
        // on the right; values wrap, long numbers and URLs break anywhere. Cells without a label are blocks.
        "max-sm:grid max-sm:w-auto max-sm:max-w-none max-sm:min-w-0 max-sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] max-sm:items-start max-sm:gap-x-3 max-sm:px-1 max-sm:py-0.5 max-sm:whitespace-normal max-sm:wrap-anywhere",
        "max-sm:before:col-start-1 max-sm:before:row-span-99 max-sm:before:text-muted-foreground max-sm:before:content-[attr(data-label)_/_''] max-sm:[&>*]:col-start-2 max-sm:[&>*]:min-w-0",
        "max-sm:[&:not([data-label])]:block max-sm:[&:not([data-label])]:before:hidden",
        className,
      )}
      {...props}
    />
  );
}

function TableCaption({ className, ...props }: React.ComponentProps<"caption">) {
  return <caption data-slot="table-caption" className={cn("text-muted-foreground mt-4 text-sm", className)} {...props} />;
}

export { Table, TableHeader, TableBody, TableFooter, TableHead, TableRow, TableCell, TableCaption };
