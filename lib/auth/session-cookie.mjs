// The session cookie's name, apart from the session code: scripts/serve.mjs only checks that one is sent.
export const SESSION_COOKIE_NAME = "sb_session";
