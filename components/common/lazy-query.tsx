"use client";
// TanStack Query, loaded just after the first render instead of with the page (decision 043). The agent
// screens render their first view from server data (or a skeleton), so the query client (~11 kB gzip of
// @tanstack/query-core) need not be in the first load. This module holds no TanStack code: the provider
// imports @tanstack/query-core once it has rendered, and useLazyQuery drives a QueryObserver from it the way
// @tanstack/react-query's useQuery does (useBaseQuery: an optimistic result in render, options set in an
// effect, the observer's result through useSyncExternalStore). Until the client is there a query returns
// `initial`; query keys, invalidation, placeholder data, refetch intervals and retries are TanStack's own.
import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from "react";
import { QUERY_DEFAULTS } from "@/components/query-defaults";
import type { InvalidateQueryFilters, QueryClient, QueryKey, QueryObserver, QueryObserverOptions } from "@tanstack/query-core";

type Core = typeof import("@tanstack/query-core");
type Runtime = { client: QueryClient; core: Core };

/** Loads @tanstack/query-core once and makes the client; a failed load is tried again on the next call. */
class RuntimeLoader {
  private loading: Promise<Runtime> | null = null;
  constructor(private readonly onLoad: (runtime: Runtime) => void) {}
  load(): Promise<Runtime> {
    this.loading ??= import("@tanstack/query-core").then(
      (core) => {
        const runtime = { core, client: new core.QueryClient({ defaultOptions: { queries: QUERY_DEFAULTS } }) };
        this.onLoad(runtime);
        return runtime;
      },
      (error: unknown) => {
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }
}

const LazyQueryContext = createContext<{ runtime: Runtime | null; loader: RuntimeLoader | null }>({ runtime: null, loader: null });

export function LazyQueryProvider({ children }: { children: ReactNode }) {
  const [runtime, setRuntime] = useState<Runtime | null>(null);
  const [loader] = useState(() => new RuntimeLoader(setRuntime));
  // Start loading as soon as the page has rendered; if that fails, the next invalidation tries again (every
  // live-channel (re)connection makes one).
  useEffect(() => void loader.load().catch(() => undefined), [loader]);
  // What QueryClientProvider does: refetch on window focus / reconnect while mounted.
  useEffect(() => {
    if (!runtime) return;
    runtime.client.mount();
    return () => runtime.client.unmount();
  }, [runtime]);
  return <LazyQueryContext.Provider value={{ runtime, loader }}>{children}</LazyQueryContext.Provider>;
}

export type LazyQueryClient = { invalidateQueries: (filters: InvalidateQueryFilters) => Promise<void> };

/** Invalidation that waits for the client if it has not loaded yet (then there is nothing cached to refetch but what mounts). */
export function useLazyQueryClient(): LazyQueryClient {
  const { loader } = useContext(LazyQueryContext);
  const [client] = useState<LazyQueryClient>(() => ({
    invalidateQueries: async (filters) => {
      if (!loader) return;
      await (await loader.load()).client.invalidateQueries(filters);
    },
  }));
  return client;
}

/** @tanstack/react-query's keepPreviousData, without loading the library for it. */
export function keepPreviousData<T>(previous: T): T {
  return previous;
}

export type LazyQueryOptions<TData> = Pick<
  QueryObserverOptions<TData, Error, TData, TData, QueryKey>,
  | "queryKey"
  | "queryFn"
  | "initialData"
  | "initialDataUpdatedAt"
  | "placeholderData"
  | "refetchInterval"
  | "retry"
  | "enabled"
  | "staleTime"
>;

/** What the screens read of a query (TanStack's result narrows the same way); before the client has loaded, `initial`. */
export type LazyQueryResult<TData> = { isFetching: boolean; isPlaceholderData: boolean; refetch: () => Promise<unknown> } & (
  | { isPending: true; isError: false; data: undefined; error: null }
  | { isPending: false; isError: true; data: TData | undefined; error: Error }
  | { isPending: false; isError: false; data: TData; error: null }
);

export function useLazyQuery<TData>(options: LazyQueryOptions<TData>, initial: { data: TData | undefined }): LazyQueryResult<TData> {
  const { runtime } = useContext(LazyQueryContext);
  const [observer, setObserver] = useState<QueryObserver<TData, Error, TData, TData, QueryKey> | null>(null);
  const defaulted = runtime ? runtime.client.defaultQueryOptions(options) : null;
  if (defaulted) defaulted._optimisticResults = "optimistic";
  if (runtime && defaulted && !observer) setObserver(new runtime.core.QueryObserver(runtime.client, defaulted));
  const result = observer && defaulted ? observer.getOptimisticResult(defaulted) : null;

  useEffect(() => {
    if (observer && defaulted) observer.setOptions(defaulted);
  }, [defaulted, observer]);
  useSyncExternalStore(
    useCallback(
      (onStoreChange) => {
        if (!observer || !runtime) return () => undefined;
        const unsubscribe = observer.subscribe(runtime.core.notifyManager.batchCalls(onStoreChange));
        // Anything that happened between creating the observer and subscribing to it.
        observer.updateResult();
        return unsubscribe;
      },
      [observer, runtime],
    ),
    () => observer?.getCurrentResult() ?? null,
    () => null,
  );

  if (!observer || !result) {
    const waiting = { isFetching: false, isPlaceholderData: false, refetch: () => Promise.resolve(), error: null, isError: false } as const;
    return initial.data === undefined
      ? { ...waiting, isPending: true, data: undefined }
      : { ...waiting, isPending: false, data: initial.data };
  }
  return observer.trackResult(result);
}
