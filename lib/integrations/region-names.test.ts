import { describe, expect, it } from "vitest";
import { regionName, type RegionLabels } from "./region-names";

const english: RegionLabels = {
  locale: "en",
  areas: { eu: "Europe", ap: "Asia Pacific", us: "US" },
  directions: { west: "West", northeast: "Northeast", east: "East" },
  withDirection: (area, direction) => `${area} (${direction})`,
};

describe("regionName", () => {
  it("names an area and a direction", () => {
    expect(regionName("eu-west", english)).toBe("Europe (West)");
    expect(regionName("ap-northeast", english)).toBe("Asia Pacific (Northeast)");
    expect(regionName("us-east-2", english)).toBe("US (East) 2");
  });

  it("names a bare area, and a country code through Intl.DisplayNames in the user's language", () => {
    expect(regionName("eu", english)).toBe("Europe");
    expect(regionName("jp", english)).toBe("Japan");
    expect(regionName("jp", { ...english, locale: "fr" })).toBe("Japon");
    expect(regionName("de-west", english)).toBe("Germany (West)");
  });

  it("gives up (the caller shows the code) on what it doesn't know", () => {
    expect(regionName("mars-base", english)).toBeNull();
    expect(regionName("eu-sideways", english)).toBeNull();
    expect(regionName("zz", english)).toBeNull();
    expect(regionName("qx", english)).toBeNull();
    expect(regionName("primary", english)).toBeNull();
  });
});
