// Queues and Agents are two pages of one area: this switches between them.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

export async function QueuesNav({ current }: { current: "queues" | "agents" }) {
  const t = await getTranslations("queues.tabs");
  const links = [
    { key: "queues", href: "/queues", label: t("queues") },
    { key: "agents", href: "/queues/agents", label: t("agents") },
  ] as const;
  return (
    <nav aria-label={t("label")}>
      <ul className="inline-flex h-9 items-center rounded-lg bg-muted p-[3px] text-muted-foreground">
        {links.map((link) => (
          <li key={link.key} className="h-full">
            <Link
              href={link.href}
              aria-current={link.key === current ? "page" : undefined}
              className={cn(
                "inline-flex h-full items-center rounded-md px-3 text-sm font-medium outline-none transition-colors hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
                link.key === current && "bg-background text-foreground shadow-sm",
              )}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
