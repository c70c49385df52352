// The frame the Message log's row tables share: the column headings, a last column for the row's
// action (its heading for screen readers only) when the user may act on rows, and the account cell.
import Link from "next/link";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Props = {
  columns: string[];
  /** The action column's heading (read by screen readers), or null when the user may not act on rows. */
  actionsLabel: string | null;
  children: ReactNode;
};

export function LogTable({ columns, actionsLabel, children }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHead key={column} scope="col">
              {column}
            </TableHead>
          ))}
          {actionsLabel !== null ? (
            <TableHead scope="col">
              <span className="sr-only">{actionsLabel}</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}

/** The row's action (Retry, Replay…), right-aligned in the last column. */
export function ActionCell({ children }: { children: ReactNode }) {
  return <TableCell className="text-right">{children}</TableCell>;
}

/** The account a row belongs to, linked; "unknown account" when it was deleted or never matched. */
export function AccountCell({ account, unknownLabel }: { account: { id: string; name: string } | null; unknownLabel: string }) {
  return (
    <TableCell>
      {account ? (
        <Link href={`/channels/accounts/${account.id}`} className="underline-offset-4 hover:underline">
          {account.name}
        </Link>
      ) : (
        <span className="text-muted-foreground">{unknownLabel}</span>
      )}
    </TableCell>
  );
}
