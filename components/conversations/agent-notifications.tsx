"use client";
// Agent notifications (decision 029): the live channel says "agent.notification" (kind + conversation
// id); this asks the server what to say (the workstream's template or the standard text, with the
// conversation's values) and tells the agent in the ways they chose — a toast, the count of
// conversations with news in the tab's title, a sound, the browser's own notification. News of a
// customer's reply in the conversation on screen is not news. Opening a conversation clears its count.
import { Bell } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { LazyPopup } from "@/components/common/lazy-popup";
import { Button } from "@/components/ui/button";
import type { NotificationPreferences } from "@/lib/conversations/notification-preferences.constants";
import { saveNotificationPreferencesAction } from "@/lib/conversations/workspace-actions";
import type { BrowserLiveEvent } from "@/lib/live/events";
import { renderNotificationText, type NotificationEvent } from "@/lib/workstreams/settings/notification-templates";
import { fetchNotificationContent } from "./fetchers";
import { useLiveEvents } from "./live-updates";

type Context = { preferences: NotificationPreferences; setPreference: (key: keyof NotificationPreferences, value: boolean) => void };
const PreferencesContext = createContext<Context | null>(null);

// The menu's code (Radix menu, popper) loads when it is first used (decision 039).
const loadMenu = () => import("./notification-menu-dropdown").then((module) => module.NotificationMenuDropdown);

const TITLE_COUNT = /^\(\d+\) /;

function conversationOnScreen(pathname: string): string | null {
  return /^\/conversations\/([^/]+)$/.exec(pathname)?.[1] ?? null;
}

function beep() {
  try {
    const audio = new AudioContext();
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.frequency.value = 880;
    volume.gain.setValueAtTime(0.15, audio.currentTime);
    volume.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.25);
    tone.connect(volume).connect(audio.destination);
    tone.start();
    tone.stop(audio.currentTime + 0.25);
    tone.onended = () => void audio.close();
  } catch {
    // No audio (or not allowed before the user has interacted with the page): the other channels still tell.
  }
}

export function AgentNotifications({ initial, children }: { initial: NotificationPreferences; children: ReactNode }) {
  const t = useTranslations("conversations.notifications");
  const router = useRouter();
  const pathname = usePathname();
  const [preferences, setPreferences] = useState(initial);
  const [unseen, setUnseen] = useState<ReadonlySet<string>>(new Set());
  const latest = useRef({ preferences, pathname });
  useEffect(() => {
    latest.current = { preferences, pathname };
  }, [preferences, pathname]);

  // The conversation on screen has been seen (adjusted while rendering, when the screen changes).
  const onScreen = conversationOnScreen(pathname);
  const [checkedScreen, setCheckedScreen] = useState<string | null>(null);
  if (onScreen !== checkedScreen) {
    setCheckedScreen(onScreen);
    if (onScreen && unseen.has(onScreen)) {
      const next = new Set(unseen);
      next.delete(onScreen);
      setUnseen(next);
    }
  }

  // "(2) Conversations · Switchboard": kept in front of whatever title the page sets.
  const count = preferences.titleCount ? unseen.size : 0;
  useEffect(() => {
    const apply = () => {
      const base = document.title.replace(TITLE_COUNT, "");
      const next = count > 0 ? `(${count}) ${base}` : base;
      if (document.title !== next) document.title = next;
    };
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(document.head, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [count]);
  useEffect(() => () => void (document.title = document.title.replace(TITLE_COUNT, "")), []);

  const notify = useCallback(
    async (kind: NotificationEvent, conversationId: string) => {
      const { preferences: chosen, pathname: path } = latest.current;
      const isOnScreen = conversationOnScreen(path) === conversationId && document.visibilityState === "visible";
      if (isOnScreen) return;
      let content;
      try {
        content = await fetchNotificationContent(conversationId, kind);
      } catch {
        return; // gone or no longer visible: nothing to tell
      }
      const title = content.template
        ? renderNotificationText(content.template.title, content.values)
        : t(`standard.${kind}.title`, content.values);
      const body = content.template
        ? renderNotificationText(content.template.body, content.values)
        : t(`standard.${kind}.body`, content.values);
      const href = `/conversations/${encodeURIComponent(conversationId)}`;
      setUnseen((current) => new Set(current).add(conversationId));
      if (chosen.toast) toast.info(title, { description: body, action: { label: t("open"), onClick: () => router.push(href) } });
      if (chosen.sound) beep();
      if (chosen.browser && "Notification" in window && Notification.permission === "granted") {
        const shown = new Notification(title, { body, tag: `${kind}-${conversationId}` });
        shown.onclick = () => {
          window.focus();
          router.push(href);
          shown.close();
        };
      }
    },
    [router, t],
  );

  const listener = useCallback(
    (event: BrowserLiveEvent) => {
      if (event.type === "agent.notification") void notify(event.kind, event.conversationId);
    },
    [notify],
  );
  useLiveEvents(listener);

  const setPreference = useCallback(
    async (key: keyof NotificationPreferences, value: boolean) => {
      if (key === "browser" && value) {
        if (!("Notification" in window)) return void toast.error(t("browserUnsupported"));
        const permission = Notification.permission === "default" ? await Notification.requestPermission() : Notification.permission;
        if (permission !== "granted") return void toast.error(t("browserBlocked"));
      }
      const before = latest.current.preferences;
      const next = { ...before, [key]: value };
      setPreferences(next);
      const result = await saveNotificationPreferencesAction(next);
      if (!result.ok) {
        setPreferences(before);
        toast.error(result.error);
      }
    },
    [t],
  );

  return (
    <PreferencesContext.Provider value={{ preferences, setPreference: (key, value) => void setPreference(key, value) }}>
      {children}
    </PreferencesContext.Provider>
  );
}

/** The user's notification switches, as a menu (in the conversations page header). */
export function NotificationMenu() {
  const t = useTranslations("conversations.notifications");
  const context = useContext(PreferencesContext);
  if (!context) return null;
  const { preferences, setPreference } = context;
  return (
    <LazyPopup
      load={loadMenu}
      props={{ preferences, setPreference }}
      trigger={
        <Button type="button" variant="outline">
          <Bell aria-hidden="true" />
          {t("menu")}
        </Button>
      }
    />
  );
}
