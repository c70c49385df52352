"use client";
// The app's toasts. sonner (~10 kB gzip) is not part of any page's first load: it loads with the first
// toast, and <LazyToaster> (components/providers.tsx) mounts sonner's <Toaster> at that moment; sonner
// hands toasts created before its Toaster subscribed to it when it does (decision 027). Import `toast`
// from here, never from "sonner" (a lint rule).
import type { toast as sonnerToast } from "sonner";

type Kind = "success" | "error" | "info" | "warning";
type Listener = () => void;

let requested = false;
const listeners = new Set<Listener>();

/** Calls `listener` once the first toast is requested (at once when one already was). */
export function onFirstToast(listener: Listener): () => void {
  if (requested) {
    listener();
    return () => undefined;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function show(kind: Kind) {
  type Show = (typeof sonnerToast)[Kind];
  return (message: Parameters<Show>[0], data?: Parameters<Show>[1]): void => {
    if (!requested) {
      requested = true;
      for (const listener of listeners) listener();
      listeners.clear();
    }
    void import("sonner").then(({ toast }) => toast[kind](message, data));
  };
}

export const toast = { success: show("success"), error: show("error"), info: show("info"), warning: show("warning") };
