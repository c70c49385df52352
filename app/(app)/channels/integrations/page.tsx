import { Plug } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.integrations");

export default async function Page() {
  await requirePermission("integrations:view");
  return <SectionPlaceholder section="integrations" icon={Plug} />;
}
