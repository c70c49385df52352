import { getTranslations } from "next-intl/server";
import { getDateTimeFormatter } from "@/components/common/format";
import { HeldReason } from "@/components/message-log/held-reason";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

type Held = { id: string; reason: string; fromAddress: string | null; toAddress: string | null; body: string | null; receivedAt: Date };

/** Inbound messages kept instead of routed (inactive account, unknown number …). */
export async function HeldMessagesTable({ messages }: { messages: Held[] }) {
  const t = await getTranslations("heldMessages");
  const formatDate = await getDateTimeFormatter();
  if (messages.length === 0) return <p className="text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("received")}</TableHead>
          <TableHead scope="col">{t("from")}</TableHead>
          <TableHead scope="col">{t("to")}</TableHead>
          <TableHead scope="col">{t("message")}</TableHead>
          <TableHead scope="col">{t("reason")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {messages.map((message) => (
          <TableRow key={message.id}>
            <TableCell className="whitespace-nowrap">{formatDate(message.receivedAt)}</TableCell>
            <TableCell className="font-mono text-xs">{message.fromAddress}</TableCell>
            <TableCell className="font-mono text-xs">{message.toAddress}</TableCell>
            <TableCell className="max-w-xs whitespace-normal">{message.body}</TableCell>
            <TableCell className="max-w-sm whitespace-normal">
              {/* The integration page words some reasons its own way ("Integration inactive"). */}
              <HeldReason
                reason={message.reason}
                to={message.toAddress}
                label={t.has(`reasons.${message.reason}`) ? t(`reasons.${message.reason}`) : undefined}
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
