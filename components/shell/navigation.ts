// The admin center's site map. Each entry names the permission that opens it, so the sidebar,
// the breadcrumbs and the home page show only what the signed-in user can use.
import { can, type Permission, type Role } from "@/lib/auth/permissions";

export type NavKey =
  | "accounts"
  | "integrations"
  | "numbers"
  | "messageLog"
  | "health"
  | "workstreams"
  | "queues"
  | "operatingHours"
  | "conversations"
  | "users"
  | "auditLog";

export type NavLink = { key: NavKey; href: string; permission: Permission };
export type NavFolder = { key: "channels"; links: NavLink[] };
export type NavGroup = { key: "customerSupport" | "settings"; entries: (NavLink | NavFolder)[] };

export const NAVIGATION: NavGroup[] = [
  {
    key: "customerSupport",
    entries: [
      {
        key: "channels",
        links: [
          { key: "accounts", href: "/channels/accounts", permission: "accounts:view" },
          { key: "integrations", href: "/channels/integrations", permission: "integrations:view" },
          { key: "numbers", href: "/channels/numbers", permission: "numbers:view" },
          { key: "messageLog", href: "/channels/message-log", permission: "accounts:view" },
          { key: "health", href: "/channels/health", permission: "accounts:view" },
        ],
      },
      { key: "workstreams", href: "/workstreams", permission: "workstreams:view" },
      { key: "queues", href: "/queues", permission: "queues:view" },
      { key: "operatingHours", href: "/operating-hours", permission: "operatingHours:view" },
      { key: "conversations", href: "/conversations", permission: "conversations:view" },
    ],
  },
  {
    key: "settings",
    entries: [
      { key: "users", href: "/settings/users", permission: "users:view" },
      { key: "auditLog", href: "/settings/audit-log", permission: "audit:view" },
    ],
  },
];

export const isFolder = (entry: NavLink | NavFolder): entry is NavFolder => "links" in entry;

/** The site map with only the links this role may open; empty folders and groups disappear. */
export function visibleNavigation(role: Role): NavGroup[] {
  return NAVIGATION.map((group) => ({
    ...group,
    entries: group.entries
      .map((entry) => (isFolder(entry) ? { ...entry, links: entry.links.filter((link) => can(role, link.permission)) } : entry))
      .filter((entry) => (isFolder(entry) ? entry.links.length > 0 : can(role, entry.permission))),
  })).filter((group) => group.entries.length > 0);
}

export function visibleLinks(role: Role): NavLink[] {
  return visibleNavigation(role).flatMap((group) => group.entries.flatMap((entry) => (isFolder(entry) ? entry.links : [entry])));
}

/** Labels from the site map root down to the page at `pathname` (longest matching link wins). */
export function trailFor(pathname: string): { keys: (NavGroup["key"] | NavFolder["key"])[]; link: NavLink } | null {
  let best: { keys: (NavGroup["key"] | NavFolder["key"])[]; link: NavLink } | null = null;
  for (const group of NAVIGATION) {
    for (const entry of group.entries) {
      const candidates = isFolder(entry)
        ? entry.links.map((link) => ({ link, keys: [group.key, entry.key] as const }))
        : [{ link: entry, keys: [group.key] as const }];
      for (const { link, keys } of candidates) {
        const matches = pathname === link.href || pathname.startsWith(`${link.href}/`);
        if (matches && (!best || link.href.length > best.link.href.length)) best = { keys: [...keys], link };
      }
    }
  }
  return best;
}
