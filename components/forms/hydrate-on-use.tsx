"use client";
// A form whose code (react-hook-form, zod, the form itself) loads on first use instead of with the page
// (decision 042). The server renders the form's HTML as usual; in the browser React leaves that HTML in
// place, not yet hydrated (native typing, focus and tab order work), until the first `pointerover` or
// `focusin` inside it — or at once if it already holds the focus (`autoFocus`) — then loads the code and
// hydrates it in place: no new DOM, no jump. react-hook-form keeps what was typed before it was ready
// (`isEditedBeforeReady`: a field whose value differs from its default is read from the DOM).
//
// A submit before the code has arrived (Enter in a field, a click on the submit button) would otherwise be
// the browser's own: a GET of this page with the fields in the URL (the forms have no `action`). It is
// cancelled and replayed on the hydrated form (`requestSubmit` with the same submitter), so the user's
// submit is neither lost nor native.
//
// Rendered without server HTML (a client-side navigation), the code loads at once.
//
//   export const QueueForm = hydrateOnUse(() => import("./queue-form").then((module) => module.QueueForm));
import { Suspense, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType } from "react";
import { loadOnUse } from "@/components/common/load-on-use";

type Gate<P> = { promise: Promise<ComponentType<P>>; open: () => void };

const noSubscription = () => () => undefined;

export function hydrateOnUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const code = loadOnUse(load);

  function openGate(): Gate<P> {
    let open!: () => void;
    const promise = new Promise<ComponentType<P>>((resolve, reject) => {
      open = () => void code.load().then(resolve, reject);
    });
    return { promise, open };
  }

  function Body({ gate, props, onReady }: { gate: Promise<ComponentType<P>>; props: P; onReady: () => void }) {
    const Form = code.loaded() ?? use(gate);
    // Runs after the form's own effects and ref callbacks: react-hook-form has registered its fields.
    useEffect(onReady, [onReady]);
    return <Form {...props} />;
  }

  function HydrateOnUse(props: P) {
    // True only while hydrating server HTML (React then uses the server snapshot).
    const hydrating = useSyncExternalStore(
      noSubscription,
      () => false,
      () => true,
    );
    const [gate] = useState(() =>
      typeof window === "undefined" || !hydrating || code.loaded()
        ? { promise: code.load(), open: () => undefined }
        : openGate(),
    );
    const region = useRef<HTMLDivElement>(null);
    const state = useRef<{ ready: boolean; submitter: HTMLElement | null | undefined; form: HTMLFormElement | null }>({
      ready: false,
      submitter: undefined,
      form: null,
    });
    const onReady = useMemo(
      () => () => {
        const current = state.current;
        current.ready = true;
        region.current?.setAttribute("data-hydrated", "");
        const { form, submitter } = current;
        if (form && submitter !== undefined && form.isConnected) {
          current.submitter = undefined;
          form.requestSubmit(submitter && submitter.isConnected ? submitter : null);
        }
      },
      [],
    );

    useEffect(() => {
      const element = region.current;
      if (!element) return;
      const start = () => gate.open();
      const onSubmit = (event: SubmitEvent) => {
        if (state.current.ready) return;
        event.preventDefault();
        event.stopPropagation();
        state.current.form = event.target as HTMLFormElement;
        state.current.submitter = event.submitter;
        start();
      };
      element.addEventListener("pointerover", start, { once: true });
      element.addEventListener("focusin", start, { once: true });
      element.addEventListener("submit", onSubmit, true);
      element.setAttribute("data-hydrate-on-use", "");
      if (element.contains(document.activeElement)) start();
      return () => {
        element.removeEventListener("pointerover", start);
        element.removeEventListener("focusin", start);
        element.removeEventListener("submit", onSubmit, true);
      };
    }, [gate]);

    // The same element while the props are the same: a re-render of this component alone (the snapshot
    // above changing after hydration) must not count as an update of the boundary that is still waiting,
    // which React would then render on the client from scratch (its fallback) instead of hydrating.
    const body = useMemo(
      () => (
        <Suspense fallback={null}>
          <Body gate={gate.promise} props={props} onReady={onReady} />
        </Suspense>
      ),
      [gate, props, onReady],
    );
    return <div ref={region}>{body}</div>;
  }
  return HydrateOnUse;
}
