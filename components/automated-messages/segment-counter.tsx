"use client";
// The segment and encoding preview of an automated-message editor (SPEC §6): what the text costs as
// SMS, and which characters pushed it from GSM-7 to UCS-2 so the admin can replace them.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Channel } from "@/lib/accounts/accounts.constants";
import { countPreviewSegments, visibleCharacter } from "@/lib/workstreams/automated-messages/editor";
import { countMessageCharacters, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { cn } from "@/lib/utils";

const SHOWN_CHARACTERS = 24; // a Japanese text forces UCS-2 with nearly every character

export function SegmentCounter({ id, text, channel }: { id: string; text: string; channel: Channel }) {
  const t = useTranslations("automatedMessages.counter");
  const count = useMemo(() => countPreviewSegments(text), [text]);
  // The limit applies to the text as written, like the validation rule.
  const written = useMemo(() => countMessageCharacters(text), [text]);
  const isOverLimit = written > MAX_MESSAGE_CHARACTERS;
  const limit = (
    <p className={cn("text-muted-foreground", isOverLimit && "font-medium text-destructive")}>
      {isOverLimit
        ? t("overLimit", { count: written, max: MAX_MESSAGE_CHARACTERS })
        : t("limit", { count: written, max: MAX_MESSAGE_CHARACTERS })}
    </p>
  );

  if (channel !== "SMS") {
    return (
      <div id={id} role="group" aria-label={t("label")} className="flex flex-col gap-1 text-sm">
        {limit}
        <p className="text-muted-foreground">{t("whatsapp")}</p>
      </div>
    );
  }

  const shown = count.ucs2Characters.slice(0, SHOWN_CHARACTERS);
  const hidden = count.ucs2Characters.length - shown.length;
  return (
    <div id={id} role="group" aria-label={t("label")} className="flex flex-col gap-1 rounded-lg border p-3 text-sm">
      <p className="font-medium tabular-nums">
        {t("summary", { encoding: count.encoding, characters: count.characters, segments: count.segments, perSegment: count.perSegment })}
      </p>
      {count.encoding === "UCS-2" ? (
        <div className="flex flex-wrap items-center gap-1">
          <span>{t("forcedBy")}</span>
          <ul aria-label={t("forcedByList")} className="flex flex-wrap gap-1">
            {shown.map((char) => (
              <li key={char} className="rounded border bg-muted px-1.5 font-mono">
                {visibleCharacter(char)}
              </li>
            ))}
          </ul>
          {hidden > 0 ? <span className="text-muted-foreground">{t("more", { count: hidden })}</span> : null}
        </div>
      ) : null}
      {count.encoding === "UCS-2" ? <p className="text-muted-foreground">{t("ucs2Hint")}</p> : null}
      {limit}
      <p className="text-muted-foreground">{t("sampleNote")}</p>
    </div>
  );
}
