"use client";
// A menu, sheet or other popup whose code (Radix, floating-ui: ~35 kB gzip for a dropdown menu) loads
// when it is first used rather than with the page (decision 027). Until then `trigger` is rendered as is,
// announced as a closed popup; hovering or focusing it starts loading, and activating it (click, Enter,
// Space, ArrowDown) renders the loaded component open, with the same trigger inside it.
//
//   <LazyPopup trigger={<Button aria-label="…">…</Button>} load={() => import("./menu").then((m) => m.Menu)} props={{ … }} />
// where Menu({ trigger, defaultOpen, ...props }) renders <DropdownMenu defaultOpen={defaultOpen}>
// <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>…</DropdownMenu>.
import { cloneElement, useState, type ComponentType, type KeyboardEvent, type ReactElement } from "react";

export type LazyPopupProps = { trigger: ReactElement; defaultOpen: boolean };
type TriggerProps = {
  onClick?: () => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onPointerEnter?: () => void;
  onFocus?: () => void;
  "aria-haspopup"?: "menu" | "dialog";
  "aria-expanded"?: boolean;
};

type Props<P> = {
  trigger: ReactElement<TriggerProps>;
  load: () => Promise<ComponentType<P & LazyPopupProps>>;
  props: P;
  /** What the trigger opens, for assistive technology: a menu (default) or a dialog (a sheet). */
  popup?: "menu" | "dialog";
};

export function LazyPopup<P extends object>({ trigger, load, props, popup = "menu" }: Props<P>) {
  const [Loaded, setLoaded] = useState<ComponentType<P & LazyPopupProps> | null>(null);
  const [opening, setOpening] = useState(false);
  if (Loaded) return <Loaded {...props} trigger={trigger} defaultOpen={opening} />;

  const prefetch = () => void load().catch(() => undefined);
  const open = () => {
    setOpening(true);
    load().then(
      (component) => setLoaded(() => component),
      () => setOpening(false), // offline or a new deployment: the trigger stays, a later click tries again
    );
  };
  return cloneElement(trigger, {
    "aria-haspopup": popup,
    "aria-expanded": false,
    onPointerEnter: prefetch,
    onFocus: prefetch,
    onClick: open,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "ArrowDown") {
        event.preventDefault();
        open();
      }
    },
  });
}
