import { Workflow } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.workstreams");

export default async function Page() {
  await requirePermission("workstreams:view");
  return <SectionPlaceholder section="workstreams" icon={Workflow} />;
}
