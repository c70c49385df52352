import { describe, expect, it } from "vitest";
import { safeReturnPath, withSearchParam } from "./return-path";

describe("safeReturnPath", () => {
  it("keeps a path on this site, with its query and hash", () => {
    expect(safeReturnPath("/workstreams/ws1/channels/ci1?step=behaviours")).toBe("/workstreams/ws1/channels/ci1?step=behaviours");
    expect(safeReturnPath("/channels/accounts/a1#templates")).toBe("/channels/accounts/a1#templates");
  });

  it.each([
    "//evil.example/x",
    "/\\evil.example",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000",
    "https://evil.example/",
    "javascript:alert(1)",
    "evil.example",
    "",
    "/ /evil.example",
  ])("refuses %j", (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it("refuses anything but a string of reasonable length", () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/a"])).toBeNull();
    expect(safeReturnPath(`/${"a".repeat(2000)}`)).toBeNull();
  });
});

describe("withSearchParam", () => {
  it("adds or replaces one parameter and keeps the rest", () => {
    expect(withSearchParam("/w/1/channels/2?step=behaviours", "operatingHours", "oh 1")).toBe(
      "/w/1/channels/2?step=behaviours&operatingHours=oh+1",
    );
    expect(withSearchParam("/w?operatingHours=old", "operatingHours", "new")).toBe("/w?operatingHours=new");
  });
});
