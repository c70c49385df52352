import { Hash } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.numbers");

export default async function Page() {
  await requirePermission("numbers:view");
  return <SectionPlaceholder section="numbers" icon={Hash} />;
}
