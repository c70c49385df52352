// The channel setup wizard's fixed values and small rules, without zod, for client components (the step
// forms); channel-instances.schema.ts re-exports them (decision 036's *.constants.ts pattern).
export type SetupChannel = "SMS" | "WHATSAPP";

// Outbound attachment types per channel (SPEC §2); WhatsApp refuses GIF and CSV media.
export const SMS_FILE_TYPES = [".jpg", ".jpeg", ".gif", ".png", ".mp3", ".oga", ".ogg", ".amr", ".mp4", ".pdf", ".csv"] as const;
export type FileType = (typeof SMS_FILE_TYPES)[number];
export const FILE_TYPES_BY_CHANNEL: Record<SetupChannel, readonly FileType[]> = {
  SMS: SMS_FILE_TYPES,
  WHATSAPP: SMS_FILE_TYPES.filter((type) => type !== ".gif" && type !== ".csv"),
};

// The size limit an admin may set. Providers cap media per message lower than our bound (Twilio MMS
// 5 MB, WhatsApp 16 MB); we accept 1–25 so one setting survives provider changes, and the form warns
// above the provider's cap instead of refusing (docs in the wizard hint).
export const ATTACHMENT_MB = { min: 1, max: 25, default: 5 } as const;
export const PROVIDER_ATTACHMENT_MB: Record<SetupChannel, number> = { SMS: 5, WHATSAPP: 16 };

/** What the customer receives: the survey text, then the link on its own line. */
export function surveyText(message: string, link: string): string {
  return `${message.trim()}\n${link.trim()}`;
}

export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}
