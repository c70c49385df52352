// The conversations area shares one live-updates connection across the list and the threads.
import type { ReactNode } from "react";
import { LiveUpdatesProvider } from "@/components/conversations/live-updates";
import { QueryProvider } from "@/components/query-provider";

export default function ConversationsLayout({ children }: { children: ReactNode }) {
  return (
    <QueryProvider>
      <LiveUpdatesProvider>{children}</LiveUpdatesProvider>
    </QueryProvider>
  );
}
