import * as React from "react";
import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon, MoreHorizontalIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { Button, buttonVariants } from "@/components/ui/button";

function Pagination({ className, ...props }: React.ComponentProps<"nav">) {
  return (
    <nav
      role="navigation"
      aria-label="pagination"
      data-slot="pagination"
      className={cn("mx-auto flex w-full justify-center", className)}
      {...props}
    />
  );
}

function PaginationContent({ className, ...props }: React.ComponentProps<"ul">) {
  return <ul data-slot="pagination-content" className={cn("flex flex-row items-center gap-1", className)} {...props} />;
}

function PaginationItem({ ...props }: React.ComponentProps<"li">) {
  return <li data-slot="pagination-item" {...props} />;
}

type NextLinkProps = React.ComponentProps<typeof Link>;

type PaginationLinkProps = {
  isActive?: boolean;
  /**
   * Renders a non-navigable `<a role="link" aria-disabled="true">` (no href)
   * instead of a link. Passing `aria-disabled` (true / "true") does the same.
   */
  disabled?: boolean;
  /** When given, the link is rendered with Next.js `<Link>`. */
  href?: NextLinkProps["href"];
} & Pick<NextLinkProps, "prefetch" | "replace" | "scroll"> &
  Pick<React.ComponentProps<typeof Button>, "size"> &
  Omit<React.ComponentProps<"a">, "href">;

function PaginationLink({
  className,
  isActive,
  disabled,
  size = "icon",
  href,
  prefetch,
  replace,
  scroll,
  children,
  ...props
}: PaginationLinkProps) {
  const ariaDisabled = props["aria-disabled"];
  const isDisabled = disabled === true || ariaDisabled === true || ariaDisabled === "true";

  const classes = cn(
    buttonVariants({ variant: isActive ? "outline" : "ghost", size }),
    isDisabled && "pointer-events-none opacity-50",
    className,
  );

  if (isDisabled) {
    // No href: a disabled link must not navigate nor be focusable.
    return (
      <a
        role="link"
        aria-current={isActive ? "page" : undefined}
        data-slot="pagination-link"
        data-active={isActive}
        data-disabled=""
        {...props}
        aria-disabled="true"
        className={classes}
      >
        {children}
      </a>
    );
  }

  if (href !== undefined) {
    return (
      <Link
        href={href}
        prefetch={prefetch}
        replace={replace}
        scroll={scroll}
        aria-current={isActive ? "page" : undefined}
        data-slot="pagination-link"
        data-active={isActive}
        {...props}
        className={classes}
      >
        {children}
      </Link>
    );
  }

  return (
    <a aria-current={isActive ? "page" : undefined} data-slot="pagination-link" data-active={isActive} {...props} className={classes}>
      {children}
    </a>
  );
}

function PaginationPrevious({
  className,
  label = "Previous",
  ...props
}: React.ComponentProps<typeof PaginationLink> & {
  /** Visible text (hidden below `sm`); pass a translated string. */
  label?: React.ReactNode;
}) {
  return (
    <PaginationLink aria-label="Go to previous page" size="default" className={cn("gap-1 px-2.5 sm:pl-2.5", className)} {...props}>
      <ChevronLeftIcon />
      <span className="hidden sm:block">{label}</span>
    </PaginationLink>
  );
}

function PaginationNext({
  className,
  label = "Next",
  ...props
}: React.ComponentProps<typeof PaginationLink> & {
  /** Visible text (hidden below `sm`); pass a translated string. */
  label?: React.ReactNode;
}) {
  return (
    <PaginationLink aria-label="Go to next page" size="default" className={cn("gap-1 px-2.5 sm:pr-2.5", className)} {...props}>
      <span className="hidden sm:block">{label}</span>
      <ChevronRightIcon />
    </PaginationLink>
  );
}

function PaginationEllipsis({
  className,
  label = "More pages",
  ...props
}: React.ComponentProps<"span"> & {
  /** Screen-reader text (pass a translated string). */
  label?: string;
}) {
  return (
    <span aria-hidden data-slot="pagination-ellipsis" className={cn("flex size-9 items-center justify-center", className)} {...props}>
      <MoreHorizontalIcon className="size-4" />
      <span className="sr-only">{label}</span>
    </span>
  );
}

export { Pagination, PaginationContent, PaginationLink, PaginationItem, PaginationPrevious, PaginationNext, PaginationEllipsis };
