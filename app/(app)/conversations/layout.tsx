// The conversations area shares one live-updates connection across the list and the threads, and the
// agent notifications it carries (decision 029). TanStack Query loads just after the first render (decision 043).
import type { ReactNode } from "react";
import { LazyQueryProvider } from "@/components/common/lazy-query";
import { AgentNotifications } from "@/components/conversations/agent-notifications";
import { LiveUpdatesProvider } from "@/components/conversations/live-updates";
import { getSessionUser } from "@/lib/auth/session";
import { DEFAULT_NOTIFICATION_PREFERENCES, findNotificationPreferences } from "@/lib/conversations/notification-preferences";

export default async function ConversationsLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  const preferences = user ? await findNotificationPreferences(user.id) : DEFAULT_NOTIFICATION_PREFERENCES;
  return (
    <LazyQueryProvider>
      <LiveUpdatesProvider>
        <AgentNotifications initial={preferences}>{children}</AgentNotifications>
      </LiveUpdatesProvider>
    </LazyQueryProvider>
  );
}
