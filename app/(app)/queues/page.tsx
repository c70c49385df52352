import { ListOrdered } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.queues");

export default async function Page() {
  await requirePermission("queues:view");
  return <SectionPlaceholder section="queues" icon={ListOrdered} />;
}
