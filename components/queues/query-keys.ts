// TanStack Query keys of the queues area.
export const queueKeys = {
  all: ["queues"] as const,
  agentOptions: (q: string) => [...queueKeys.all, "agentOptions", q] as const,
};
