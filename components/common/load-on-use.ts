// Code that loads on first use (decision 039): `prefetch` on hover/focus of what opens it, `load` when it
// opens; `loaded()` is there synchronously once it has arrived. A failed load (offline, a new deployment)
// is forgotten, so the next use tries again.
//
//   const nameForm = loadOnUse(() => import("./customer-name-form").then((module) => module.NameForm));
export function loadOnUse<T>(load: () => Promise<T>) {
  let value: { current: T } | null = null;
  let pending: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (pending ??= load().then(
      (result) => {
        value = { current: result };
        return result;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return {
    load: get,
    prefetch: () => void get().catch(() => undefined),
    loaded: (): T | null => value?.current ?? null,
  };
}
