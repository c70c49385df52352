// Shared by scripts/serve.mjs (plain Node, sets them) and lib/http/client-address.ts (reads them).

/** Request header carrying the TCP peer address; any copy a client sends is overwritten. */
export const PEER_HEADER = "x-switchboard-peer";
/** Set on globalThis by scripts/serve.mjs: only then is PEER_HEADER known to come from the socket. */
export const PEER_HEADER_FLAG = Symbol.for("switchboard.peerHeader");
