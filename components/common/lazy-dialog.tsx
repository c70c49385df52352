"use client";
// A dialog whose code (Radix Dialog, focus scope, remove-scroll, the form and react-hook-form: 10–30 kB gzip)
// loads when it is first opened rather than with the page (decision 036). `lazyDialog(load)` returns a
// component with the dialog's own props: while `open` is false (and it was never loaded) it renders nothing;
// once `open` is true — or at once for a dialog without an `open` prop, which its parent mounts to open —
// it loads the real dialog and renders it with the same props. If loading fails (offline, a new
// deployment) it reports the dialog closed, so the next click tries again.
import { useEffect, useState, type ComponentType } from "react";

type DialogProps = { open?: boolean; onOpenChange?: (open: boolean) => void };

export function lazyDialog<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  function LazyDialog(props: P) {
    const { open, onOpenChange } = props as P & DialogProps;
    const wanted = open !== false;
    const [Dialog, setDialog] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (!wanted || Dialog) return;
      let current = true;
      load().then(
        (component) => {
          loaded = component;
          if (current) setDialog(() => component);
        },
        () => onOpenChange?.(false),
      );
      return () => {
        current = false;
      };
    }, [wanted, Dialog, onOpenChange]);
    return Dialog ? <Dialog {...props} /> : null;
  }
  return LazyDialog;
}
