import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/guards";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  // React Query is provided only by the areas that use it (conversations, numbers, queue members): the
  // other pages don't load it (decision 036).
  return <AppShell user={user}>{children}</AppShell>;
}
