// Roles and what each may do. Pure and shared by server checks and the navigation (which hides
// what a user cannot use — the server still checks every page and action). No zod here: the navigation
// loads this in every page, and zod stays out of first loads (decision 027); roleSchema is in
// lib/users/users.schema.ts.

export const ROLES = ["ADMINISTRATOR", "CHANNEL_MANAGER", "WORKSTREAM_MANAGER", "VIEWER", "AGENT"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  "accounts:view",
  "accounts:manage",
  "integrations:view",
  "integrations:manage",
  "numbers:view",
  "numbers:manage",
  "templates:view",
  "templates:manage",
  "workstreams:view",
  "workstreams:manage",
  "queues:view",
  "queues:manage",
  "operatingHours:view",
  "operatingHours:manage",
  "routing:view",
  "routing:manage",
  "automatedMessages:view",
  "automatedMessages:manage",
  "conversations:view",
  "conversations:handle",
  "users:view",
  "users:manage",
  "audit:view",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const CHANNEL_AREAS = ["accounts", "integrations", "numbers", "templates"] as const;
const WORKSTREAM_AREAS = ["workstreams", "queues", "operatingHours", "routing", "automatedMessages"] as const;

const view = (areas: readonly string[]) => areas.map((area) => `${area}:view` as Permission);
const manage = (areas: readonly string[]) => areas.map((area) => `${area}:manage` as Permission);

// Managers may read the neighbouring area because their own work refers to it: a channel manager
// sees which workstream uses a number; a workstream manager picks numbers and templates.
export const ROLE_PERMISSIONS: Readonly<Record<Role, ReadonlySet<Permission>>> = {
  ADMINISTRATOR: new Set(PERMISSIONS),
  CHANNEL_MANAGER: new Set([...view(CHANNEL_AREAS), ...manage(CHANNEL_AREAS), ...view(WORKSTREAM_AREAS)]),
  WORKSTREAM_MANAGER: new Set([...view(WORKSTREAM_AREAS), ...manage(WORKSTREAM_AREAS), ...view(CHANNEL_AREAS)]),
  VIEWER: new Set([...view(CHANNEL_AREAS), ...view(WORKSTREAM_AREAS), "conversations:view"]),
  AGENT: new Set(["conversations:view", "conversations:handle"]),
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].has(permission);
}

export function canAny(role: Role, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => can(role, permission));
}

/**
 * Who can be a queue member and get conversations like an agent — an agent, or an administrator who
 * also answers customers (decision 030): the roles that may handle conversations.
 */
export function takesConversations(role: Role): boolean {
  return can(role, "conversations:handle");
}

export const ROLES_TAKING_CONVERSATIONS: readonly Role[] = ROLES.filter(takesConversations);
