"use client";
// Home › site-map trail › the page's records (components/shell/record-crumbs.tsx). On phones the
// site-map folders ("Customer support", "Channels") are left out — with their separators — and long
// names are cut with an ellipsis (the full name in the title), so the trail stays on one line.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "@/components/ui/breadcrumb";
import { cn } from "@/lib/utils";
import { trailFor } from "./navigation";
import { useRecordCrumbs } from "./record-crumbs";

type Crumb = { label: string; href?: string; folder?: boolean };

export function Breadcrumbs() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const records = useRecordCrumbs();
  const trail = trailFor(pathname);
  const crumbs: Crumb[] = [
    { label: t("home"), href: "/" },
    ...(trail?.keys.map((key) => ({ label: t(key), folder: true })) ?? []),
    ...(trail ? [{ label: t(trail.link.key), href: trail.link.href }] : []),
    ...records,
  ];
  return (
    <Breadcrumb aria-label={t("breadcrumb")}>
      <BreadcrumbList className="flex-nowrap overflow-hidden">
        {crumbs.map((crumb, index) => {
          // Folders hide on phones: so does the separator before them.
          const hideOnPhone = crumb.folder ? "hidden md:inline-flex" : "";
          const isLast = index === crumbs.length - 1;
          return (
            <Fragment key={`${index}-${crumb.label}`}>
              {index > 0 ? <BreadcrumbSeparator className={hideOnPhone} /> : null}
              <BreadcrumbItem className={cn(index === 0 ? "shrink-0" : "min-w-0", hideOnPhone)}>
                {crumb.href === pathname || (isLast && !crumb.href) ? (
                  <CurrentPage label={crumb.label} />
                ) : crumb.href ? (
                  <BreadcrumbLink asChild>
                    <Link href={crumb.href} title={crumb.label} className="truncate">
                      {crumb.label}
                    </Link>
                  </BreadcrumbLink>
                ) : (
                  <Truncated label={crumb.label} />
                )}
              </BreadcrumbItem>
            </Fragment>
          );
        })}
      </BreadcrumbList>
    </Breadcrumb>
  );
}

const CurrentPage = ({ label }: { label: string }) => (
  <BreadcrumbPage title={label} className="truncate">
    {label}
  </BreadcrumbPage>
);

const Truncated = ({ label }: { label: string }): ReactNode => (
  <span title={label} className="truncate">
    {label}
  </span>
);
