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
// submit is neither lost nor native. Likewise a click (or Space/Enter) on a button, switch, checkbox or
// radio before then: its native effect is cancelled (a native checkbox would otherwise change under a
// state that doesn't know it) and the click is replayed, in order, once the form is hydrated. Only a
// Radix select's trigger, which opens on `pointerdown`, ignores a press before then.
//
// Rendered without server HTML (a client-side navigation), the code loads at once and the navigation
// waits for it.
//
//   export const QueueForm = hydrateOnUse(() => import("./queue-form").then((module) => module.QueueForm));
import { Suspense, use, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ComponentType } from "react";
import { loadOnUse } from "@/components/common/load-on-use";

// What a click before hydration is held back and replayed for (a submit button goes through `submit`).
const PRESSABLE = "button, input[type=checkbox], input[type=radio], [role=switch], [role=checkbox], [role=radio]";

const noSubscription = () => () => undefined;

export function hydrateOnUse<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const code = loadOnUse(load);

  function openGate(): { promise: Promise<ComponentType<P>>; open: () => void } {
    let open!: () => void;
    const promise = new Promise<ComponentType<P>>((resolve, reject) => {
      open = () => void code.load().then(resolve, reject);
    });
    return { promise, open };
  }

  function Body({ gate, props, onReady }: { gate: Promise<ComponentType<P>>; props: P; onReady: () => void }) {
    // Runs after the form's own effects and ref callbacks (a parent's effects run after its children's):
    // react-hook-form has registered its fields. Called before `use`: a first render that suspends there
    // is replayed with the hooks it had reached, so a hook after a conditional `use` would be "new" in the
    // replay (React error 467, "Update hook called on initial render", on a client navigation).
    useEffect(onReady, [onReady]);
    const Form = code.loaded() ?? use(gate);
    return <Form {...props} />;
  }

  function HydrateOnUse(props: P) {
    // True only while hydrating server HTML (React then uses the server snapshot).
    const hydrating = useSyncExternalStore(
      noSubscription,
      () => false,
      () => true,
    );
    // Fixed for the life of this form: waiting for use (server HTML to hydrate), or loading at once.
    const [gate] = useState(() =>
      typeof window === "undefined" || !hydrating || code.loaded()
        ? { promise: code.load(), open: () => undefined, hydrating }
        : { ...openGate(), hydrating },
    );
    // New props before the form was used (a `router.refresh()` after another form on the page saved): React
    // must hydrate the boundary before it can apply them, and would otherwise hold that refresh until the
    // user touched this form. Load the code now; the refresh completes when it has arrived.
    const [firstProps] = useState(props);
    if (props !== firstProps) gate.open();
    const region = useRef<HTMLDivElement>(null);
    const state = useRef<{
      ready: boolean;
      clicks: HTMLElement[];
      submitter: HTMLElement | null | undefined;
      form: HTMLFormElement | null;
    }>({
      ready: false,
      clicks: [],
      submitter: undefined,
      form: null,
    });
    const onReady = useMemo(
      () => () => {
        const current = state.current;
        current.ready = true;
        region.current?.setAttribute("data-hydrated", "");
        for (const target of current.clicks.splice(0)) if (target.isConnected) target.click();
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
      const inside = (event: Event) => event.target instanceof Node && element.contains(event.target);
      // On `window`, in the capture phase: React's own listener on the document stops `focusin`,
      // `pointerover` and `click` from going further while their target is not hydrated yet.
      const start = (event: Event) => {
        if (inside(event)) gate.open();
      };
      const onSubmit = (event: Event) => {
        if (state.current.ready || !inside(event)) return;
        event.preventDefault();
        event.stopPropagation();
        state.current.form = event.target as HTMLFormElement;
        state.current.submitter = (event as SubmitEvent).submitter;
        gate.open();
      };
      const onClick = (event: Event) => {
        if (state.current.ready || !inside(event)) return;
        const target = (event.target as Element).closest<HTMLElement>(PRESSABLE);
        if (!target || !element.contains(target) || (target instanceof HTMLButtonElement && target.type === "submit")) return;
        event.preventDefault();
        event.stopPropagation();
        state.current.clicks.push(target);
        gate.open();
      };
      const listeners: [string, (event: Event) => void][] = [
        ["pointerover", start],
        ["focusin", start],
        ["submit", onSubmit],
        ["click", onClick],
      ];
      for (const [type, listener] of listeners) window.addEventListener(type, listener, true);
      element.setAttribute("data-hydrate-on-use", "");
      if (element.contains(document.activeElement)) gate.open();
      return () => {
        for (const [type, listener] of listeners) window.removeEventListener(type, listener, true);
      };
    }, [gate]);

    // While hydrating, the form is its own Suspense boundary: React leaves its server HTML in place until
    // the code is there. It is the same element while the props are the same: a re-render of this component
    // alone (the snapshot above changing after hydration) must not count as an update of a boundary still
    // waiting, which React would then render on the client from scratch (its fallback) instead.
    // Rendered on the client (a navigation), there is no boundary of its own: the code loads at once and the
    // navigation waits for it, as it does for a page's own code, instead of showing the page without its form.
    const body = useMemo(() => {
      const content = <Body gate={gate.promise} props={props} onReady={onReady} />;
      return gate.hydrating ? <Suspense fallback={null}>{content}</Suspense> : content;
    }, [gate, props, onReady]);
    return <div ref={region}>{body}</div>;
  }
  return HydrateOnUse;
}
