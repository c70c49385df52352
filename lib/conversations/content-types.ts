// File types by extension, through mime's table of IANA types (~4 kB gzip): kept apart from
// conversation-view.ts so the agent screens load it only when a reply with files is sent (decision 039).
import mime from "mime/lite";
import { fileExtension } from "./conversation-view";

/**
 * The type a file is sent as. Browsers leave File.type empty for some of SPEC §2's types (.amr, .oga),
 * so the extension decides, through mime's table of IANA types; the browser's word only for the rest.
 */
export function contentTypeFor(fileName: string, browserType: string): string {
  return mime.getType(fileExtension(fileName)) ?? (browserType || "application/octet-stream");
}

/**
 * An inbound file's declared type is among the channel's allowed types (by their extensions; an empty
 * list allows every type, as for agents' uploads).
 */
export function isAllowedInboundType(contentType: string, allowedTypes: readonly string[]): boolean {
  if (allowedTypes.length === 0) return true;
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  return allowedTypes.some((extension) => mime.getType(extension) === type);
}
