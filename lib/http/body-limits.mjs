// Request body limits shared by next.config.mjs (Next.js's own server-action limit) and proxy.ts
// (which answers 413 before Next reads a body that declares more).

// The largest legitimate server-action body is an agent's reply with attachments, sent as base64
// inside the action (lib/conversations/conversations.schema.ts): MAX_TOTAL_ATTACHMENT_MB = 25 MB of files
// is 25 × 4/3 ≈ 33.4 MiB of base64, plus the reply text and the encoding's framing.
export const SERVER_ACTION_BODY_LIMIT_MB = 34;
export const SERVER_ACTION_BODY_LIMIT_BYTES = SERVER_ACTION_BODY_LIMIT_MB * 1024 * 1024;
// Anything else a browser sends to an action (forms, sign-in) is a few kilobytes; an anonymous caller
// gets no more than this, so the attachment allowance is only for signed-in users.
export const ANONYMOUS_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
