"use client";
// A button that runs one server action: disabled while it runs, a toast with the action's message when
// it fails, `onDone` with its data when it succeeds (the wizards' Next/Finish buttons).
import type { ReactNode } from "react";
import { useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

export function ActionButton<T>({
  run,
  onDone,
  children,
}: {
  run: () => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  children: ReactNode;
}) {
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await run();
          if (!result.ok) return void toast.error(result.error);
          onDone(result.data);
        })
      }
    >
      {children}
    </Button>
  );
}
