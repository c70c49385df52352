// Twilio SID formats shared by provider calls and forms (pure: safe in client components).
/** A Messaging Service: MG + 32 hex digits. */
export const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;
/** A Content API template: HX + 32 hex digits. */
export const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
