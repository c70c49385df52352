import Link from "next/link";
import { useTranslations } from "next-intl";

export type TemplateItem = { id: string; name: string; language: string; hasContentSid: boolean };

/** The WhatsApp templates a channel instance can send outside the 24-hour window (read-only here). */
export function TemplatesList({ account, templates }: { account: { id: string; name: string }; templates: TemplateItem[] }) {
  const t = useTranslations("channelSetup.behaviours.templates");
  // The account page's templates section (SectionCard "templates") is labelled by its heading's id.
  const manage = (
    <Link href={`/channels/accounts/${account.id}#templates-title`} className="font-medium underline underline-offset-4">
      {t("manage", { account: account.name })}
    </Link>
  );
  if (templates.length === 0) {
    return (
      <p className="text-sm text-muted-foreground">
        {t("empty", { account: account.name })} {manage}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2 text-sm">
      <p className="text-muted-foreground">{t("intro", { account: account.name, count: templates.length })}</p>
      <ul className="divide-y rounded-md border">
        {templates.map((template) => (
          <li key={template.id} className="flex flex-wrap items-baseline justify-between gap-2 px-3 py-2">
            <span className="font-mono">{template.name}</span>
            <span className="text-muted-foreground">
              {template.language}
              {template.hasContentSid ? null : ` · ${t("noContentSid")}`}
            </span>
          </li>
        ))}
      </ul>
      <p>{manage}</p>
    </div>
  );
}
