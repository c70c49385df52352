// Human names for the region codes of PUBLIC_BASE_URLS_BY_REGION ("eu-west" → "Europe (West)"):
// a known area and compass direction from the catalog, a two-letter country code through
// Intl.DisplayNames, and the bare code when neither says anything.
/** The areas and directions the catalogs name (messages/*.json → integrations.regionAreas / regionDirections). */
export const REGION_AREAS = ["us", "eu", "ap", "sa", "ca", "me", "af", "uk", "au", "jp", "in", "cn", "mx", "il"] as const;
export const REGION_DIRECTIONS = [
  "east",
  "west",
  "north",
  "south",
  "central",
  "northeast",
  "northwest",
  "southeast",
  "southwest",
  "northcentral",
  "southcentral",
  "westcentral",
  "eastcentral",
] as const;

export type RegionLabels = {
  locale: string;
  areas: Record<string, string>;
  directions: Record<string, string>;
  /** Joins an area and a direction, e.g. "{area} ({direction})". */
  withDirection: (area: string, direction: string) => string;
};

function areaName(code: string, labels: RegionLabels): string | null {
  if (labels.areas[code]) return labels.areas[code];
  if (!/^[a-z]{2}$/.test(code) || code === "zz") return null; // ZZ is CLDR's "Unknown Region"
  try {
    const name = new Intl.DisplayNames([labels.locale], { type: "region", fallback: "none" }).of(code.toUpperCase());
    return name ?? null;
  } catch {
    return null;
  }
}

/** The region's name in the user's language, or null when the code means nothing we know (show the code). */
export function regionName(code: string, labels: RegionLabels): string | null {
  const parts = code.toLowerCase().split("-");
  // A trailing index ("us-east-2") stays as written after the name.
  const index = parts.length > 1 && /^\d+$/.test(parts.at(-1) ?? "") ? parts.pop() : undefined;
  const [first = "", ...rest] = parts;
  const area = areaName(first, labels);
  if (!area) return null;
  let name = area;
  if (rest.length > 0) {
    const direction = labels.directions[rest.join("")];
    if (!direction) return null;
    name = labels.withDirection(area, direction);
  }
  return index ? `${name} ${index}` : name;
}
