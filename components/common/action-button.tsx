"use client";
// A button that runs one server action and then moves on: disabled while it runs, a toast with the
// action's message when it fails; when it succeeds, the `success` toast (if any) and navigation to
// `href` (the wizards' Next and Finish). Its props are serializable, so a server page renders it with
// a bound action: <ActionButton action={finishAction.bind(null, { id })} success={…} href={…}>.
import type { ReactNode } from "react";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Props = {
  action: () => Promise<ActionResult<unknown>>;
  success?: string;
  href: string;
  children: ReactNode;
};

export function ActionButton({ action, success, href, children }: Props) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await action();
          if (!result.ok) return void toast.error(result.error);
          if (success) toast.success(success);
          router.push(href);
        })
      }
    >
      {children}
    </Button>
  );
}
