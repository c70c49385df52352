// The query client's defaults, shared by QueryProvider (components/query-provider.tsx) and the conversations
// area's lazily loaded client (components/common/lazy-query.tsx). A module of its own: importing it must not
// bring TanStack Query into a first load (decision 043).
export const QUERY_DEFAULTS = { staleTime: 30_000, retry: 1 };
