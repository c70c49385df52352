// The one Content-Disposition builder for files we serve (an attachment to its agent, an outbound
// attachment to the provider fetching it). The `content-disposition` package writes RFC 6266/8187:
// an ASCII fallback name plus the UTF-8 `filename*`, with quotes and control characters escaped, so
// a customer's file name can neither break the header nor inject another one.
import { create } from "content-disposition";
import { isInlineImage } from "@/lib/conversations/conversation-view";

/** A download under the file's own name ("attachment" alone when it has none). */
export function attachmentDisposition(fileName: string | null | undefined): string {
  return create(fileName || undefined);
}

/** Raster images inline (the thread shows them); anything else a download under its own name. */
export function contentDisposition(contentType: string, fileName: string | null | undefined): string {
  return isInlineImage(contentType) ? "inline" : attachmentDisposition(fileName);
}
