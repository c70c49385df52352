"use client";
// The composer's live count (SPEC §6): characters of the 1,600 allowed and, for SMS, the encoding,
// the segments it costs and the characters that forced UCS-2.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { visibleCharacter } from "@/lib/workstreams/automated-messages/editor";
import { countMessageCharacters, countSegments, MAX_MESSAGE_CHARACTERS } from "@/lib/messaging/sms-segments";
import { cn } from "@/lib/utils";

const SHOWN_CHARACTERS = 12;

export function SegmentInfo({ id, text, channel }: { id: string; text: string; channel: "SMS" | "WHATSAPP" }) {
  const t = useTranslations("conversations.composer.counter");
  const count = useMemo(() => countSegments(text), [text]);
  const written = useMemo(() => countMessageCharacters(text), [text]);
  const isOverLimit = written > MAX_MESSAGE_CHARACTERS;
  const shown = count.ucs2Characters.slice(0, SHOWN_CHARACTERS);
  const hidden = count.ucs2Characters.length - shown.length;
  return (
    <div id={id} className="flex flex-col gap-1 text-xs text-muted-foreground">
      <p className="flex flex-wrap gap-x-3 tabular-nums">
        {channel === "SMS" ? (
          <span>{t("sms", { encoding: count.encoding, segments: count.segments, perSegment: count.perSegment })}</span>
        ) : null}
        <span className={cn(isOverLimit && "font-medium text-destructive")}>
          {t("characters", { count: written, max: MAX_MESSAGE_CHARACTERS })}
        </span>
      </p>
      {channel === "SMS" && count.encoding === "UCS-2" ? (
        <div className="flex flex-wrap items-center gap-1">
          <span>{t("forcedBy")}</span>
          <ul aria-label={t("forcedByList")} className="flex flex-wrap gap-1">
            {shown.map((char) => (
              <li key={char} className="rounded border bg-muted px-1 font-mono text-foreground">
                {visibleCharacter(char)}
              </li>
            ))}
          </ul>
          {hidden > 0 ? <span>{t("more", { count: hidden })}</span> : null}
        </div>
      ) : null}
      {isOverLimit ? <p className="font-medium text-destructive">{t("overLimit", { max: MAX_MESSAGE_CHARACTERS })}</p> : null}
    </div>
  );
}
