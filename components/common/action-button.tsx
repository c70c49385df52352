"use client";
// A button that runs one server action: disabled while it runs (with `pendingLabel` and a spinning
// `icon`, if given), a toast with the action's message when it fails. On success: the `success` toast
// (if any) and `onSuccess` with the action's data (a toast that depends on the outcome), then navigation
// to `href` (the wizards' Next and Finish) or, without `href`, a refresh of the page (a row's Retry or
// Replay: the list shows the row's new state). A server page renders it with serializable props only —
// a bound action, texts, `href`: <ActionButton action={finishAction.bind(null, { id })} success={…} href={…}>;
// `icon` and `onSuccess` are for client components.
import type { LucideIcon } from "lucide-react";
import type { ComponentProps, ReactNode } from "react";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Props<Data> = {
  action: () => Promise<ActionResult<Data>>;
  success?: string;
  onSuccess?: (data: Data) => void;
  href?: string;
  icon?: LucideIcon;
  pendingLabel?: ReactNode;
  variant?: ComponentProps<typeof Button>["variant"];
  size?: ComponentProps<typeof Button>["size"];
  "aria-label"?: string;
  children: ReactNode;
};

export function ActionButton<Data>({
  action,
  success,
  onSuccess,
  href,
  icon: Icon,
  pendingLabel,
  variant,
  size,
  children,
  ...rest
}: Props<Data>) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant={variant}
      size={size}
      aria-label={rest["aria-label"]}
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await action();
          if (!result.ok) toast.error(result.error);
          else {
            if (success) toast.success(success);
            onSuccess?.(result.data);
          }
          if (href === undefined) router.refresh();
          else if (result.ok) router.push(href);
        })
      }
    >
      {Icon ? <Icon aria-hidden="true" className={isPending ? "animate-spin" : undefined} /> : null}
      {isPending && pendingLabel !== undefined ? pendingLabel : children}
    </Button>
  );
}
