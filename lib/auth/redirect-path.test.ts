import { describe, expect, it } from "vitest";
import { safeRedirectPath, toSafeRedirectPath } from "./redirect-path";

describe("toSafeRedirectPath", () => {
  it("keeps a path on this app, with its query and fragment", () => {
    expect(toSafeRedirectPath("/channels/accounts")).toBe("/channels/accounts");
    expect(toSafeRedirectPath("/channels/message-log?tab=held#top")).toBe("/channels/message-log?tab=held#top");
    expect(toSafeRedirectPath("/")).toBe("/");
  });

  it("percent-encodes what a Location header cannot carry raw", () => {
    expect(toSafeRedirectPath("/queues/é")).toBe("/queues/%C3%A9");
    // Already encoded stays encoded: browsers don't decode %09 in a path, so this stays on the origin.
    expect(toSafeRedirectPath("/%09/evil.example")).toBe("/%09/evil.example");
  });

  it.each([
    ["tab then slash (next=/%09/evil.example)", "/\t/evil.example"],
    ["tab then backslash", "/\t\\evil.example"],
    ["newline then slash", "/\n/evil.example"],
    ["backslash", "/\\evil.example"],
    ["slash backslash", "/\\/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["absolute URL", "https://evil.example/"],
    ["javascript: URL", "javascript:alert(1)"],
    ["relative path", "channels"],
    ["leading space", " /channels"],
    ["empty", ""],
    ["CR/LF header injection", "/channels\r\nSet-Cookie: x=1"],
    ["NUL", "/channels\u0000"],
    ["DEL", "/channels\u007f"],
    ["C1 control", "/channels\u0085"],
    ["too long", `/${"a".repeat(2000)}`],
  ])("refuses %s", (_name, value) => {
    expect(toSafeRedirectPath(value)).toBeUndefined();
  });
});

describe("safeRedirectPath", () => {
  it("never fails, whatever arrives", () => {
    expect(safeRedirectPath.parse(["/a", "/b"])).toBeUndefined();
    expect(safeRedirectPath.parse(undefined)).toBeUndefined();
    expect(safeRedirectPath.parse("/\t/evil.example")).toBeUndefined();
    expect(safeRedirectPath.parse("/workstreams")).toBe("/workstreams");
  });
});
