"use client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { LazyToaster } from "@/components/ui/lazy-toaster";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { staleTime: 30_000, retry: 1 } } }));
  return (
    <QueryClientProvider client={queryClient}>
      {children}
      {/* Six seconds: long enough to read a sentence-long confirmation. */}
      <LazyToaster duration={6000} />
    </QueryClientProvider>
  );
}
