"use client";
import type { ReactNode } from "react";
import { LazyToaster } from "@/components/ui/lazy-toaster";

// Every page, signed in or not. React Query's client is provided by the signed-in layout only
// (components/query-provider.tsx): the sign-in and setup pages don't load it (decision 027).
export function Providers({ children }: { children: ReactNode }) {
  return (
    <>
      {children}
      {/* Six seconds: long enough to read a sentence-long confirmation. */}
      <LazyToaster duration={6000} />
    </>
  );
}
