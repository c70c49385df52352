// Queue limits without zod, for client components (decision 036).
export const MAX_AGENT_SEARCH_LENGTH = 100;
