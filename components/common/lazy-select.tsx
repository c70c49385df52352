"use client";
// A select whose Radix code (Select, popper, floating-ui: ~30 kB gzip) loads when it is first used rather
// than with the page (decision 036), like LazyPopup for menus. Until then a button that looks and is announced
// like the closed select shows the chosen label (and a hidden input carries `name` in GET forms); hovering or
// focusing it starts loading, and activating it (click, Enter, Space, ↓/↑) renders the Radix select open.
import { ChevronDownIcon } from "lucide-react";
import { useState, type ComponentType, type KeyboardEvent } from "react";
import { SELECT_TRIGGER_CLASS } from "@/components/ui/select-trigger-class";
import { cn } from "@/lib/utils";

export type SelectOption = { value: string; label: string };

export type LazySelectProps = {
  id: string;
  options: readonly SelectOption[];
  /** Controlled (react-hook-form, state) … */
  value?: string;
  onChange?: (value: string) => void;
  /** … or uncontrolled, carried by `name` in a GET form. */
  defaultValue?: string;
  name?: string;
  placeholder?: string;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  disabled?: boolean;
};

export type LoadedSelectProps = LazySelectProps & { defaultOpen: boolean };

const loadSelect = () => import("./radix-select-field").then((module) => module.RadixSelectField);

export function LazySelect(props: LazySelectProps) {
  const [Loaded, setLoaded] = useState<ComponentType<LoadedSelectProps> | null>(null);
  const [opening, setOpening] = useState(false);
  if (Loaded) return <Loaded {...props} defaultOpen={opening} />;

  const { id, options, value, defaultValue, name, placeholder, className, disabled } = props;
  const chosen = value ?? defaultValue;
  const label = options.find((option) => option.value === chosen)?.label;
  const prefetch = () => void loadSelect().catch(() => undefined);
  const open = () => {
    setOpening(true);
    loadSelect().then(
      (component) => setLoaded(() => component),
      () => setOpening(false), // offline or a new deployment: the button stays, a later click tries again
    );
  };
  return (
    <>
      <button
        type="button"
        id={id}
        role="combobox"
        aria-expanded={false}
        // Radix names its list once open; axe accepts a closed combobox whose list doesn't exist yet.
        aria-controls={`${id}-list`}
        aria-autocomplete="none"
        aria-invalid={props["aria-invalid"]}
        aria-describedby={props["aria-describedby"]}
        disabled={disabled}
        data-slot="select-trigger"
        data-size="default"
        data-placeholder={label === undefined ? "" : undefined}
        className={cn(SELECT_TRIGGER_CLASS, className)}
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={open}
        onKeyDown={(event: KeyboardEvent) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            open();
          }
        }}
      >
        <span data-slot="select-value">{label ?? placeholder}</span>
        <ChevronDownIcon aria-hidden="true" className="size-4 opacity-50" />
      </button>
      {name ? <input type="hidden" name={name} value={chosen ?? ""} /> : null}
    </>
  );
}
