"use client";
import { usePathname } from "next/navigation";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { isFolder, type NavGroup, type NavLink } from "./navigation";

function NavItem({ link, pathname, onNavigate }: { link: NavLink; pathname: string; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const isActive = pathname === link.href || pathname.startsWith(`${link.href}/`);
  return (
    <li>
      <Link
        href={link.href}
        onClick={onNavigate}
        aria-current={isActive ? "page" : undefined}
        className={cn(
          "block rounded-md px-3 py-1.5 text-sm outline-none transition-colors hover:bg-sidebar-accent hover:text-sidebar-accent-foreground focus-visible:ring-2 focus-visible:ring-sidebar-ring",
          isActive && "bg-sidebar-accent font-medium text-sidebar-accent-foreground",
        )}
      >
        {t(link.key)}
      </Link>
    </li>
  );
}

export function SidebarNav({ groups, onNavigate }: { groups: NavGroup[]; onNavigate?: () => void }) {
  const t = useTranslations("nav");
  const pathname = usePathname();
  return (
    <nav aria-label={t("mainNavigation")} className="flex flex-col gap-5 px-3 py-4">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`nav-${group.key}`}>
          <h2 id={`nav-${group.key}`} className="px-3 pb-1 text-xs font-semibold uppercase tracking-wide text-sidebar-foreground/80">
            {t(group.key)}
          </h2>
          <ul className="flex flex-col gap-0.5">
            {group.entries.map((entry) =>
              isFolder(entry) ? (
                <li key={entry.key}>
                  <span id={`nav-${entry.key}`} className="block px-3 pb-0.5 pt-1.5 text-sm font-medium">
                    {t(entry.key)}
                  </span>
                  <ul aria-labelledby={`nav-${entry.key}`} className="ml-3 flex flex-col gap-0.5 border-l pl-2">
                    {entry.links.map((link) => (
                      <NavItem key={link.key} link={link} pathname={pathname} onNavigate={onNavigate} />
                    ))}
                  </ul>
                </li>
              ) : (
                <NavItem key={entry.key} link={entry} pathname={pathname} onNavigate={onNavigate} />
              ),
            )}
          </ul>
        </section>
      ))}
    </nav>
  );
}
