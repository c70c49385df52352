"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { QUERY_DEFAULTS } from "@/components/query-defaults";

// React Query for the areas that read JSON routes on the client (the number inventory, queue members); only
// their pages load it (decision 036). The conversations area loads TanStack Query after its first render
// instead (components/common/lazy-query.tsx, decision 043).
export function QueryProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: QUERY_DEFAULTS } }));
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}
