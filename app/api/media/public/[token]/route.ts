// GET /api/media/public/:token — an agent's outbound attachment, fetched by Twilio from the MediaUrl
// we send. The token is random and unguessable (like Twilio's own media URLs); nothing else is served.
import { findPublicAttachment } from "@/lib/conversations/attachments";
import { attachmentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const attachment = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await findPublicAttachment(token) : null;
  if (!attachment?.data) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(new Uint8Array(attachment.data), {
    headers: {
      "content-type": attachment.contentType,
      "content-length": String(attachment.data.length),
      "x-content-type-options": "nosniff",
      "content-disposition": attachmentDisposition(attachment.fileName),
      "cache-control": "private, max-age=3600",
    },
  });
}
