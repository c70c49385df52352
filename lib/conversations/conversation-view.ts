// Pure helpers of the agent screens (no server code: the browser imports them): unread markers,
// the WhatsApp window's countdown, delivery error explanations, attachment checks and what the
// composer offers. Unit-tested next door.
import { MAX_ATTACHMENTS, MAX_TOTAL_ATTACHMENT_MB } from "./conversations.constants";
import { parseStringArray } from "@/lib/stored-json";

const MB = 1024 * 1024;

/** Unread: the customer wrote after the user last read the conversation (or the user never did). */
export function isUnread(lastInboundAt: Date | string | null, readAt: Date | string | null): boolean {
  if (!lastInboundAt) return false;
  if (!readAt) return true;
  return new Date(lastInboundAt).getTime() > new Date(readAt).getTime();
}

export type WindowCountdown =
  { kind: "closed" } | { kind: "underMinute" } | { kind: "minutes"; minutes: number } | { kind: "hours"; hours: number; minutes: number };

/** "23 h 10 min left": whole minutes, rounded down so the UI never promises time that isn't there. */
export function windowCountdown(remainingMs: number): WindowCountdown {
  if (!(remainingMs > 0)) return { kind: "closed" };
  const totalMinutes = Math.floor(remainingMs / 60_000);
  if (totalMinutes === 0) return { kind: "underMinute" };
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  return hours === 0 ? { kind: "minutes", minutes } : { kind: "hours", hours, minutes };
}

/** Less than an hour left: the UI warns so the agent answers before only templates are possible. */
export function isWindowClosingSoon(remainingMs: number): boolean {
  return remainingMs > 0 && remainingMs < 60 * 60_000;
}

// Delivery failures the catalog explains (conversations.deliveryErrors.<PROVIDER>.<code>).
const KNOWN_ERRORS = {
  TWILIO: ["21211", "21610", "21614", "30003", "30005", "30006", "30007", "30008", "63016"],
  TELESIGN: ["207", "211", "220", "221", "229", "230", "231", "11000", "11013"],
} as const;

/** The catalog key explaining a provider's error code, or null for codes without an explanation. */
export function deliveryErrorKey(provider: string, code: string | null): string | null {
  if (!code) return null;
  const known: readonly string[] | undefined = KNOWN_ERRORS[provider as keyof typeof KNOWN_ERRORS];
  const trimmed = code.trim();
  return known?.includes(trimmed) ? `conversations.deliveryErrors.${provider}.${trimmed}` : null;
}

/** ".jpg" for "Photo.JPG"; "" without an extension. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 || dot === fileName.length - 1 ? "" : fileName.slice(dot).toLowerCase();
}

/** Why an inbound file can't be shown (Attachment.unavailableReason; conversations.thread.mediaUnavailable.*). */
export const MEDIA_UNAVAILABLE_REASONS = ["notFound", "credentialsRefused", "tooLarge", "typeNotAllowed", "unreachable"] as const;
export type MediaUnavailableReason = (typeof MEDIA_UNAVAILABLE_REASONS)[number];

/** A provider fetch failure in the thread's words: a URL that isn't the account's own counts as refused. */
export function mediaUnavailableReason(
  reason: "notOwnResource" | "credentialsRefused" | "notFound" | "tooLarge" | "unreachable",
): MediaUnavailableReason {
  return reason === "notOwnResource" ? "credentialsRefused" : reason;
}

/** Stored reasons from older versions or odd rows read as "unreachable" rather than as a missing key. */
export function readMediaUnavailableReason(value: string | null | undefined): MediaUnavailableReason | null {
  if (!value) return null;
  return (MEDIA_UNAVAILABLE_REASONS as readonly string[]).includes(value) ? (value as MediaUnavailableReason) : "unreachable";
}

/** ChannelInstance.allowedFileTypes (a JSON array of extensions) → [".jpg", …]; [] when unreadable. */
export function parseAllowedFileTypes(json: string | null | undefined): string[] {
  return parseStringArray(json).map((item) => (item.startsWith(".") ? item : `.${item}`).toLowerCase());
}

export type AttachmentRules = { allowedTypes: readonly string[]; maxMb: number };
export type AttachmentProblem =
  | { code: "type"; fileName: string }
  | { code: "tooLarge"; fileName: string }
  | { code: "emptyFile"; fileName: string }
  | { code: "tooMany" }
  | { code: "totalTooLarge" };

/** Every reason the chosen files can't be sent, checked before any upload (the server checks again). */
export function checkAttachments(files: readonly { name: string; size: number }[], rules: AttachmentRules): AttachmentProblem[] {
  const problems: AttachmentProblem[] = [];
  if (files.length > MAX_ATTACHMENTS) problems.push({ code: "tooMany" });
  for (const file of files) {
    // An empty list allows any type, as the server does.
    if (rules.allowedTypes.length > 0 && !rules.allowedTypes.includes(fileExtension(file.name)))
      problems.push({ code: "type", fileName: file.name });
    else if (file.size === 0) problems.push({ code: "emptyFile", fileName: file.name });
    else if (file.size > rules.maxMb * MB) problems.push({ code: "tooLarge", fileName: file.name });
  }
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_TOTAL_ATTACHMENT_MB * MB && !problems.some((problem) => problem.code === "tooLarge"))
    problems.push({ code: "totalTooLarge" });
  return problems;
}

/** A size as one number and unit for Intl's unit formatting ("2.4 MB", "830 kB", "12 byte"). */
export function fileSizeParts(bytes: number): { value: number; unit: "byte" | "kilobyte" | "megabyte" } {
  if (bytes >= MB) return { value: Math.round((bytes / MB) * 10) / 10, unit: "megabyte" };
  if (bytes >= 1024) return { value: Math.round(bytes / 1024), unit: "kilobyte" };
  return { value: bytes, unit: "byte" };
}

// Raster images only: an SVG opened inline runs its scripts on our origin.
const INLINE_IMAGE_TYPES = new Set(["image/jpeg", "image/png", "image/gif", "image/webp"]);

export function isInlineImage(contentType: string): boolean {
  return INLINE_IMAGE_TYPES.has(contentType.split(";")[0]!.trim().toLowerCase());
}

/** A provider's Content-Type as a safe header value; anything odd is served as opaque bytes. */
export function safeContentType(contentType: string | null | undefined): string {
  const value = (contentType ?? "").trim().toLowerCase();
  return /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9_-]+=[a-z0-9_.-]+)*$/.test(value)
    ? value
    : "application/octet-stream";
}

export type ComposerMode =
  | "readOnly" // the user can't answer conversations (viewer)
  | "resolved"
  | "optedOut"
  | "assignedToOther" // agents answer only their own conversations (and unassigned ones, which a reply takes)
  | "templateOnly" // WhatsApp window closed
  | "freeText";

/** What the space under the thread offers, in the order the rules of lib/message-engine/outbound.ts apply. */
export function composerMode(options: {
  canHandle: boolean;
  isAgent: boolean;
  isOpen: boolean;
  assignedToId: string | null;
  userId: string;
  isOptedOut: boolean;
  isWhatsApp: boolean;
  isWindowOpen: boolean;
}): ComposerMode {
  if (!options.canHandle) return "readOnly";
  if (!options.isOpen) return "resolved";
  // Before assignment: whoever takes it can't reply either, and should know before taking it.
  if (options.isOptedOut) return "optedOut";
  if (options.isAgent && options.assignedToId !== null && options.assignedToId !== options.userId) return "assignedToOther";
  if (options.isWhatsApp && !options.isWindowOpen) return "templateOnly";
  return "freeText";
}

/**
 * Take: only an open conversation nobody has. Close and transfer: agents their own (or unassigned);
 * supervisors any (lib/conversations/transfer-rules.ts checks transfers again on the server).
 */
export function conversationActions(options: {
  canHandle: boolean;
  isAgent: boolean;
  isOpen: boolean;
  assignedToId: string | null;
  userId: string;
}) {
  const { canHandle, isAgent, isOpen, assignedToId, userId } = options;
  return {
    canTake: canHandle && isOpen && assignedToId === null,
    canClose: canHandle && isOpen && (!isAgent || assignedToId === null || assignedToId === userId),
    canTransfer: canHandle && isOpen && (!isAgent || assignedToId === null || assignedToId === userId),
    canReopen: canHandle && !isOpen,
  };
}

/** WhatsAppTemplate.examples (JSON object "1" → example) → a plain record; {} when unreadable. */
export function parseTemplateExamples(json: string | null | undefined): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json ?? "{}");
    if (!value || typeof value !== "object" || Array.isArray(value)) return {};
    return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}
