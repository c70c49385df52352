import { describe, expect, it, vi } from "vitest";
import { loadOnUse } from "./load-on-use";

describe("loadOnUse", () => {
  it("loads once, however often it is asked, and is there synchronously afterwards", async () => {
    const load = vi.fn(async () => "form");
    const lazy = loadOnUse(load);
    expect(lazy.loaded()).toBeNull();
    lazy.prefetch();
    expect(await lazy.load()).toBe("form");
    expect(await lazy.load()).toBe("form");
    expect(lazy.loaded()).toBe("form");
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("forgets a failed load, so the next use tries again", async () => {
    const load = vi.fn<() => Promise<string>>().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("form");
    const lazy = loadOnUse(load);
    await expect(lazy.load()).rejects.toThrow("offline");
    expect(lazy.loaded()).toBeNull();
    expect(await lazy.load()).toBe("form");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
