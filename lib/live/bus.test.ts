import { describe, expect, it } from "vitest";
import { liveTransportKind } from "./bus";

describe("liveTransportKind", () => {
  it("listens on PostgreSQL when the app runs on it, in-process on SQLite", () => {
    expect(liveTransportKind("postgresql://app:secret@db.internal:5432/switchboard?sslmode=require")).toBe("postgres");
    expect(liveTransportKind("postgres://localhost/switchboard")).toBe("postgres");
    expect(liveTransportKind("file:./data/switchboard.db")).toBe("memory");
  });
});
