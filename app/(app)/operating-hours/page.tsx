import { Clock } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.operatingHours");

export default async function Page() {
  await requirePermission("operatingHours:view");
  return <SectionPlaceholder section="operatingHours" icon={Clock} />;
}
