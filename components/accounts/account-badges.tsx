import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function AccountStatusBadge({ status }: { status: "DRAFT" | "ACTIVE" | "INACTIVE" }) {
  const t = useTranslations("accounts.status");
  return <Badge variant={status === "ACTIVE" ? "secondary" : "outline"}>{t(status)}</Badge>;
}

export function ValidationBadge({ status }: { status: "NOT_VALIDATED" | "VALID" | "FAILED" }) {
  const t = useTranslations("accounts.validationStatus");
  return <Badge variant={status === "FAILED" ? "destructive" : status === "VALID" ? "secondary" : "outline"}>{t(status)}</Badge>;
}
