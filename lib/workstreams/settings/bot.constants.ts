// The bot form's limits without zod, for the bot section's first load (decision 039); bot.schema.ts builds
// its schema on them and re-exports them.
export const BOT_NAME_MAX_CHARACTERS = 100;
/** Fall back to the agents after this many minutes without a hand-off (decision 028). */
export const BOT_HANDOFF_MINUTES = { min: 1, max: 1440, default: 5 } as const;
/** …or after this many failed bot requests in a row. */
export const BOT_MAX_ERRORS = { min: 1, max: 20, default: 3 } as const;
