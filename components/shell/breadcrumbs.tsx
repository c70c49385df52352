"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Fragment } from "react";
import {
  Breadcrumb,
  BreadcrumbItem,
  BreadcrumbLink,
  BreadcrumbList,
  BreadcrumbPage,
  BreadcrumbSeparator,
} from "@/components/ui/breadcrumb";
import { trailFor } from "./navigation";

export function Breadcrumbs() {
  const t = useTranslations("nav");
  const pathname = usePathname();
  const trail = trailFor(pathname);
  const isLinkPage = trail?.link.href === pathname;
  return (
    <Breadcrumb aria-label={t("breadcrumb")}>
      <BreadcrumbList>
        <BreadcrumbItem>
          {pathname === "/" ? (
            <BreadcrumbPage>{t("home")}</BreadcrumbPage>
          ) : (
            <BreadcrumbLink asChild>
              <Link href="/">{t("home")}</Link>
            </BreadcrumbLink>
          )}
        </BreadcrumbItem>
        {trail?.keys.map((key) => (
          <Fragment key={key}>
            <BreadcrumbSeparator />
            <BreadcrumbItem className="hidden md:inline-flex">{t(key)}</BreadcrumbItem>
          </Fragment>
        ))}
        {trail ? (
          <>
            <BreadcrumbSeparator />
            <BreadcrumbItem>
              {isLinkPage ? (
                <BreadcrumbPage>{t(trail.link.key)}</BreadcrumbPage>
              ) : (
                <BreadcrumbLink asChild>
                  <Link href={trail.link.href}>{t(trail.link.key)}</Link>
                </BreadcrumbLink>
              )}
            </BreadcrumbItem>
          </>
        ) : null}
      </BreadcrumbList>
    </Breadcrumb>
  );
}
