import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function IntegrationStatusBadge({ status }: { status: "DRAFT" | "ACTIVE" | "INACTIVE" }) {
  const t = useTranslations("integrations.status");
  return <Badge variant={status === "ACTIVE" ? "secondary" : "outline"}>{t(status)}</Badge>;
}
