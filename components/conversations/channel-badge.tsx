"use client";
import { MessageCircle, MessageSquareText } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";

/** SMS or WhatsApp, with an icon so the two read apart at a glance. */
export function ChannelBadge({ channel }: { channel: "SMS" | "WHATSAPP" }) {
  const t = useTranslations("accounts.channels");
  const Icon = channel === "WHATSAPP" ? MessageCircle : MessageSquareText;
  return (
    <Badge variant="outline" className={channel === "WHATSAPP" ? "border-emerald-700/40 text-emerald-800" : undefined}>
      <Icon aria-hidden="true" />
      {t(channel)}
    </Badge>
  );
}
