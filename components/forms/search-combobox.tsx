"use client";
// A searchable picker (the ARIA combobox pattern) for lists too long to scroll: type to filter, arrows
// to move, Enter to choose, Escape to close; leaving the field with an unfinished search keeps the
// chosen value unless the text is exactly an option's value. Wrappers supply the options, the search
// and the wording.
import { Check } from "lucide-react";
import { useEffect, useMemo, useState, type ReactNode, type Ref } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/** `label` is what the field shows once chosen; without one the field shows the value itself. */
export type SearchComboboxOption = { value: string; label?: string };

type Props<T extends SearchComboboxOption> = {
  id: string;
  value: string;
  /** `null` until `loadOptions` has run (for lists that are costly or time-dependent to build). */
  options: readonly T[] | null;
  /** Called when the list opens while `options` is still `null`; the wrapper keeps the result. */
  loadOptions?: () => readonly T[];
  filter: (options: readonly T[], query: string) => T[];
  /** Maps typed text to the lowercase form compared with values on blur; defaults to trim + lowercase. */
  normalizeTyped?: (query: string) => string;
  /** An option's content after the check mark; defaults to its label. */
  renderOption?: (option: T) => ReactNode;
  listLabel: string;
  noMatchText: (query: string) => string;
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Lets a surrounding dialog keep Escape for the list while it is open. */
  onOpenChange?: (isOpen: boolean) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
  placeholder?: string;
  inputClassName?: string;
  /** A Tailwind max-h-* class: how much of the list shows before it scrolls. */
  listHeightClassName?: string;
};

const trimLower = (query: string) => query.trim().toLowerCase();

export function SearchCombobox<T extends SearchComboboxOption>({
  id,
  value,
  options,
  loadOptions,
  filter,
  normalizeTyped = trimLower,
  renderOption,
  listLabel,
  noMatchText,
  onChange,
  onBlur,
  onOpenChange,
  inputRef,
  invalid,
  describedBy,
  placeholder,
  inputClassName,
  listHeightClassName = "max-h-64",
}: Props<T>) {
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const matches = useMemo(() => (isOpen && options ? filter(options, query ?? "") : []), [isOpen, options, filter, query]);
  const selectedLabel = options?.find((option) => option.value === value)?.label ?? value;

  useEffect(() => {
    if (isOpen) document.getElementById(`${id}-option-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [isOpen, active, matches, id]);

  function open(nextQuery: string | null) {
    const all = options ?? loadOptions?.() ?? [];
    const visible = filter(all, nextQuery ?? "");
    setActive(Math.max(0, nextQuery ? 0 : visible.findIndex((option) => option.value === value)));
    setIsOpen(true);
    onOpenChange?.(true);
  }

  function close() {
    setIsOpen(false);
    setQuery(null);
    onOpenChange?.(false);
  }

  function choose(option: T | undefined) {
    if (option) onChange(option.value);
    close();
  }

  return (
    <div className="relative">
      <Input
        id={id}
        ref={inputRef}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={isOpen && matches.length > 0}
        aria-controls={listboxId}
        aria-activedescendant={isOpen && matches[active] ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={query ?? selectedLabel}
        onChange={(event) => {
          setQuery(event.target.value);
          open(event.target.value);
        }}
        onClick={() => (isOpen ? close() : open(query))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            if (!isOpen) return open(query);
            setActive((current) => Math.max(0, event.key === "ArrowDown" ? Math.min(current + 1, matches.length - 1) : current - 1));
          } else if (event.key === "Enter" && isOpen) {
            event.preventDefault(); // choosing an option must not submit the form
            choose(matches[active]);
          } else if (event.key === "Escape" && (isOpen || query !== null)) {
            event.preventDefault();
            close();
          }
        }}
        onBlur={() => {
          if (query !== null) {
            const typed = normalizeTyped(query);
            const exact = (options ?? []).find((option) => option.value.toLowerCase() === typed);
            if (exact) onChange(exact.value);
          }
          close();
          onBlur();
        }}
        className={inputClassName}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={listLabel}
        hidden={!isOpen || matches.length === 0}
        className={`absolute z-50 mt-1 ${listHeightClassName} w-full overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md`}
      >
        {isOpen
          ? matches.map((option, index) => (
              // The keyboard chooses through the input (aria-activedescendant), as the ARIA combobox pattern has it.
              // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- see above
              <li
                key={option.value}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                data-active={index === active}
                className="flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm data-[active=true]:bg-accent data-[active=true]:text-accent-foreground"
                // Keep focus in the input: the click chooses, the blur must not run first.
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setActive(index)}
                onClick={() => choose(option)}
              >
                <Check aria-hidden="true" className={cn("size-4 shrink-0", option.value === value ? "opacity-100" : "opacity-0")} />
                {renderOption ? renderOption(option) : (option.label ?? option.value)}
              </li>
            ))
          : null}
      </ul>
      {isOpen && matches.length === 0 ? (
        <p role="status" className="mt-1 text-sm text-muted-foreground">
          {noMatchText(query ?? "")}
        </p>
      ) : null}
    </div>
  );
}
