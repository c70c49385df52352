// The conversations area shares one live-updates connection across the list and the threads.
import type { ReactNode } from "react";
import { LiveUpdatesProvider } from "@/components/conversations/live-updates";

export default function ConversationsLayout({ children }: { children: ReactNode }) {
  return <LiveUpdatesProvider>{children}</LiveUpdatesProvider>;
}
