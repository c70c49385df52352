// The signed-in frame: sidebar with the site map, a header with breadcrumbs, language and user
// menus, and the page itself in <main>.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SessionUser } from "@/lib/auth/session";
import { Breadcrumbs } from "./breadcrumbs";
import { LanguageSwitcher } from "./language-switcher";
import { MobileNav } from "./mobile-nav";
import { RecordCrumbsProvider } from "./record-crumbs";
import { visibleNavigation } from "./navigation";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

export async function AppShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  const t = await getTranslations("common");
  const groups = visibleNavigation(user.role);
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:shadow"
      >
        {t("skipToContent")}
      </a>
      <aside className="hidden w-64 shrink-0 border-r bg-sidebar text-sidebar-foreground md:block">
        <div className="flex h-14 items-center border-b px-6">
          <Link href="/" className="font-semibold tracking-tight">
            {t("appName")}
          </Link>
        </div>
        <SidebarNav groups={groups} />
      </aside>
      <RecordCrumbsProvider>
        <div className="flex min-w-0 flex-1 flex-col">
          <header className="flex h-14 items-center gap-1 border-b px-2 sm:gap-2 sm:px-4 md:px-6">
            <MobileNav groups={groups} />
            <div className="min-w-0 flex-1">
              <Breadcrumbs />
            </div>
            <LanguageSwitcher />
            <UserMenu name={user.name} email={user.email} role={user.role} />
          </header>
          <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none md:px-8">
            <div className="mx-auto flex max-w-6xl flex-col gap-6">{children}</div>
          </main>
        </div>
      </RecordCrumbsProvider>
    </div>
  );
}
