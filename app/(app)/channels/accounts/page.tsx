import { KeyRound } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.accounts");

export default async function Page() {
  await requirePermission("accounts:view");
  return <SectionPlaceholder section="accounts" icon={KeyRound} />;
}
