import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

export function WebhookHealthBadge({ status }: { status: string | null }) {
  const t = useTranslations("inventory.webhook");
  if (!status) return <Badge variant="outline">{t("unchecked")}</Badge>;
  return <Badge variant={status === "OK" ? "secondary" : "destructive"}>{t.has(status) ? t(status) : status}</Badge>;
}
