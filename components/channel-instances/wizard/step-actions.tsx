import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

export type ExitLink = { href: string; label: string };

type Props = { backHref: string; exit: ExitLink; isSubmitting?: boolean; primary?: ReactNode };

/** Back (a link: nothing is saved), the step's own primary action (Next by default), and the way out. */
export function StepActions({ backHref, exit, isSubmitting = false, primary }: Props) {
  const t = useTranslations("channelSetup.wizard");
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <Button asChild variant="outline">
        <Link href={backHref}>{t("back")}</Link>
      </Button>
      {primary ?? (
        <Button type="submit" disabled={isSubmitting}>
          {t("next")}
        </Button>
      )}
      <Button asChild variant="ghost">
        <Link href={exit.href}>{exit.label}</Link>
      </Button>
    </div>
  );
}
