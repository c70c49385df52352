// The icon of the root error, not-found and forbidden pages, as a plain SVG. Those boundaries are in every
// page's first load, and a lucide-react icon is a client component (its Icon is "use client" since
// lucide-react 1), so each boundary brought its own copy of lucide's icon builder: ~1.3 kB gzip on every
// page for not-found/forbidden, ~1.5 kB more for the error page (decision 043). The same markup lucide
// renders; paths from lucide (ISC): file-question-mark, shield-exclamation-point, triangle-exclamation-point.
const PATHS = {
  fileQuestion: [
    "M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z",
    "M9 9.5a3 2.5 0 016 0c0 2-2 2-3 3.5",
    "M12 17h.01",
  ],
  shieldAlert: [
    "M20 13c0 5-3.5 7.5-7.66 8.95a1 1 0 0 1-.67-.01C7.5 20.5 4 18 4 13V6a1 1 0 0 1 1-1c2 0 4.5-1.2 6.24-2.72a1.17 1.17 0 0 1 1.52 0C14.51 3.81 17 5 19 5a1 1 0 0 1 1 1z",
    "M12 8v4",
    "M12 16h.01",
  ],
  triangleAlert: ["m21.73 18-8-14a2 2 0 0 0-3.48 0l-8 14A2 2 0 0 0 4 21h16a2 2 0 0 0 1.73-3", "M12 9v4", "M12 17h.01"],
} as const;

/** Decorative (aria-hidden): the heading next to it says what happened. */
export function BoundaryIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width="24"
      height="24"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      className="size-12 text-muted-foreground"
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
