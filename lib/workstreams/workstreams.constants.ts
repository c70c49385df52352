// The workstreams' fixed values, without zod, for client components (decision 036); workstreams.schema.ts
// builds its schemas on them.
export const DISTRIBUTION_MODES = ["PUSH", "PICK"] as const;
export const WRAP_UP_BLOCKS = ["ALWAYS", "CUSTOM", "NEVER"] as const;
export const SKILL_MATCHING = ["EXACT", "CLOSEST", "NONE"] as const;
export const PRESENCES = ["AVAILABLE", "BUSY", "BUSY_DND", "AWAY", "APPEAR_OFFLINE"] as const;
