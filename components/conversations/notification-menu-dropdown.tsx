"use client";
// The notification settings menu behind NotificationMenu (agent-notifications.tsx), loaded on first use
// through LazyPopup (decision 039).
import { useTranslations } from "next-intl";
import type { LazyPopupProps } from "@/components/common/lazy-popup";
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { NOTIFICATION_CHANNELS, type NotificationPreferences } from "@/lib/conversations/notification-preferences.constants";

export type NotificationMenuProps = {
  preferences: NotificationPreferences;
  setPreference: (key: keyof NotificationPreferences, value: boolean) => void;
};

export function NotificationMenuDropdown({ trigger, defaultOpen, preferences, setPreference }: NotificationMenuProps & LazyPopupProps) {
  const t = useTranslations("conversations.notifications");
  return (
    <DropdownMenu defaultOpen={defaultOpen}>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>{t("menuTitle")}</DropdownMenuLabel>
        {NOTIFICATION_CHANNELS.map((channel) => (
          <DropdownMenuCheckboxItem
            key={channel}
            checked={preferences[channel]}
            // The menu stays open so several switches can be flipped in one go.
            onSelect={(event) => event.preventDefault()}
            onCheckedChange={(checked) => setPreference(channel, checked === true)}
          >
            {t(`channels.${channel}`)}
          </DropdownMenuCheckboxItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
