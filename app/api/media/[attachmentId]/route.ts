// GET /api/media/[attachmentId] — a message's file for the signed-in user who can see its
// conversation: stored bytes, or the provider's media fetched with the account's credentials.
// Anything else, including a provider failure, is a plain 404: never a 5xx, never a hint of secrets.
import { withRouteAuth } from "@/lib/auth/route-auth";
import { safeContentType } from "@/lib/conversations/conversation-view";
import { loadAttachmentContent } from "@/lib/conversations/conversations";
import { contentDisposition } from "@/lib/http/content-disposition";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export const GET = withRouteAuth(
  { permission: "conversations:view", denied: notFound },
  async ({ user }, { params }: { params: Promise<{ attachmentId: string }> }) => {
    const content = await loadAttachmentContent({ user, attachmentId: (await params).attachmentId });
    if (!content) return notFound();
    const contentType = safeContentType(content.contentType);
    return new Response(new Uint8Array(content.data), {
      headers: {
        "Content-Type": contentType,
        "Content-Length": String(content.data.byteLength),
        "Content-Disposition": contentDisposition(contentType, content.fileName),
        "X-Content-Type-Options": "nosniff",
        // Customer files are untrusted: even opened directly, nothing in them may run on our origin.
        "Content-Security-Policy": "default-src 'none'; img-src 'self'; media-src 'self'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, max-age=300",
      },
    });
  },
);
