import { MessagesSquare } from "lucide-react";
import { SectionPlaceholder } from "@/components/common/section-placeholder";
import { requirePermission } from "@/lib/auth/guards";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("nav.conversations");

export default async function Page() {
  await requirePermission("conversations:view");
  return <SectionPlaceholder section="conversations" icon={MessagesSquare} />;
}
