// How the thread shows a shared place or a provider's link. Pure and zod-free: the agent screen imports it
// (decision 039); message-content.ts re-exports it for the server side.
/** "52.303898, 4.750026": six decimals is ~10 cm, more than any phone's fix. */
export function formatCoordinates(location: { latitude: number; longitude: number }): string {
  return `${location.latitude.toFixed(6)}, ${location.longitude.toFixed(6)}`;
}

/** OpenStreetMap with a marker on the shared place: no API key, no tracking parameters. */
export function mapLink(location: { latitude: number; longitude: number }): string {
  const lat = location.latitude.toFixed(6);
  const lon = location.longitude.toFixed(6);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
}

/** Only http(s) links from a provider's payload are rendered as links (no javascript:, data:…). */
export function safeExternalLink(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null;
  } catch {
    return null;
  }
}
