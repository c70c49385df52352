// A section of the site map whose records arrive with a later part of Switchboard: it keeps the
// navigation honest (the page exists and is permission-checked) and says so plainly.
import type { LucideIcon } from "lucide-react";
import { getTranslations } from "next-intl/server";
import type { NavKey } from "@/components/shell/navigation";
import { EmptyState } from "./empty-state";
import { PageHeader } from "./page-header";

type Section = Exclude<NavKey, "users" | "auditLog">;

export async function SectionPlaceholder({ section, icon }: { section: Section; icon: LucideIcon }) {
  const t = await getTranslations();
  return (
    <>
      <PageHeader title={t(`nav.${section}`)} description={t(`sections.${section}Description`)} />
      <EmptyState icon={icon} title={t("sections.notAvailableTitle")} description={t("sections.notAvailable")} />
    </>
  );
}
