import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS, ROLES } from "./permissions";

const manage = PERMISSIONS.filter((permission) => permission.endsWith(":manage"));

describe("role → permission matrix", () => {
  it("gives administrators everything", () => {
    for (const permission of PERMISSIONS) expect(can("ADMINISTRATOR", permission)).toBe(true);
  });

  it("keeps users and the audit log for administrators only", () => {
    for (const role of ROLES.filter((r) => r !== "ADMINISTRATOR")) {
      expect(can(role, "users:view")).toBe(false);
      expect(can(role, "users:manage")).toBe(false);
      expect(can(role, "audit:view")).toBe(false);
    }
  });

  it("lets channel managers manage accounts, integrations, numbers and templates only", () => {
    const managed = manage.filter((permission) => can("CHANNEL_MANAGER", permission));
    expect(managed.sort()).toEqual(["accounts:manage", "integrations:manage", "numbers:manage", "templates:manage"]);
    expect(can("CHANNEL_MANAGER", "workstreams:view")).toBe(true);
    expect(can("CHANNEL_MANAGER", "conversations:handle")).toBe(false);
  });

  it("lets workstream managers manage workstreams, queues, operating hours, routing and automated messages only", () => {
    const managed = manage.filter((permission) => can("WORKSTREAM_MANAGER", permission));
    expect(managed.sort()).toEqual([
      "automatedMessages:manage",
      "operatingHours:manage",
      "queues:manage",
      "routing:manage",
      "workstreams:manage",
    ]);
    expect(can("WORKSTREAM_MANAGER", "numbers:view")).toBe(true);
  });

  it("makes viewers read-only everywhere", () => {
    for (const permission of ROLE_PERMISSIONS.VIEWER) expect(permission.endsWith(":view")).toBe(true);
    expect(can("VIEWER", "accounts:view")).toBe(true);
    expect(can("VIEWER", "workstreams:view")).toBe(true);
  });

  it("limits agents to conversations", () => {
    expect([...ROLE_PERMISSIONS.AGENT].sort()).toEqual(["conversations:handle", "conversations:view"]);
  });
});
