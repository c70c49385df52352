import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { getDateTimeFormatter } from "@/components/common/format";
import type { Role } from "@/lib/auth/permissions";
import { UserRowActions } from "./user-row-actions";

type UserRow = { id: string; name: string; email: string; role: Role; isActive: boolean; lastSignInAt: Date | null };

export async function UsersTable({ users, currentUserId, canManage }: { users: UserRow[]; currentUserId: string; canManage: boolean }) {
  const t = await getTranslations();
  const formatDate = await getDateTimeFormatter();
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead scope="col">{t("users.name")}</TableHead>
          <TableHead scope="col">{t("users.email")}</TableHead>
          <TableHead scope="col">{t("users.role")}</TableHead>
          <TableHead scope="col">{t("users.status")}</TableHead>
          <TableHead scope="col">{t("users.lastSignIn")}</TableHead>
          {canManage ? (
            <TableHead scope="col">
              <span className="sr-only">{t("common.actions")}</span>
            </TableHead>
          ) : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {users.map((user) => (
          <TableRow key={user.id}>
            <TableCell className="font-medium">
              {user.name}
              {user.id === currentUserId ? <span className="ml-2 text-xs text-muted-foreground">({t("users.you")})</span> : null}
            </TableCell>
            <TableCell>{user.email}</TableCell>
            <TableCell>{t(`roles.${user.role}`)}</TableCell>
            <TableCell>
              <Badge variant={user.isActive ? "secondary" : "outline"}>{user.isActive ? t("users.active") : t("users.inactive")}</Badge>
            </TableCell>
            <TableCell>{user.lastSignInAt ? formatDate(user.lastSignInAt) : t("common.never")}</TableCell>
            {canManage ? (
              <TableCell className="text-right">{user.id === currentUserId ? null : <UserRowActions user={user} />}</TableCell>
            ) : null}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
