"use client";
// A searchable picker for GET filter forms whose choices live on the server (queues, agents…): the input
// is an ARIA 1.2 combobox over a listbox of the first matches for what is typed, fetched from `source`
// (a JSON endpoint answering `{ options: [{ value, label, detail? }] }` for `&q=`). The choice travels
// in a hidden input named `name`, so the URL stays bookmarkable; emptying the field means "any".
// Keyboard: type to search, ↓/↑ to move, Enter to choose, Escape to close (and restore the choice).
import { useQuery } from "@tanstack/react-query";
import { Check } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { getJson } from "@/components/common/get-json";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

const POPUP =
  "absolute top-full z-50 mt-1 max-h-64 w-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md";

export type SearchOption = { value: string; label: string; detail?: string };

type Props = {
  name: string;
  label: string;
  placeholder: string;
  /** e.g. "/api/conversations/filter-options?kind=queue"; `q` is appended. */
  source: string;
  /** The current choice (from the URL) and its label, read on the server. */
  value: string | undefined;
  valueLabel: string | null;
  /** Choices always offered first (e.g. "Unassigned"), shown when what is typed is part of their label. */
  fixedOptions?: SearchOption[];
  noMatches: string;
  loadingText: string;
  className?: string;
};

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

export function SearchCombobox({
  name,
  label,
  placeholder,
  source,
  value,
  valueLabel,
  fixedOptions = [],
  noMatches,
  loadingText,
  className,
}: Props) {
  const id = useId();
  const listId = `${id}-list`;
  const fixedLabel = fixedOptions.find((option) => option.value === value)?.label;
  const [selected, setSelected] = useState<SearchOption | null>(value ? { value, label: fixedLabel ?? valueLabel ?? value } : null);
  const [text, setText] = useState(selected?.label ?? "");
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = useDebounced(text === selected?.label ? "" : text.trim(), 200);

  const query = useQuery({
    queryKey: ["search-combobox", source, term],
    queryFn: () => getJson<{ options: SearchOption[] }>(`${source}&q=${encodeURIComponent(term)}`),
    enabled: isOpen,
    staleTime: 30_000,
  });
  const lowered = term.toLocaleLowerCase();
  const options = [...fixedOptions.filter((option) => option.label.toLocaleLowerCase().includes(lowered)), ...(query.data?.options ?? [])];

  const choose = (option: SearchOption) => {
    setSelected(option);
    setText(option.label);
    setIsOpen(false);
  };
  const close = () => {
    setIsOpen(false);
    // Typing without choosing keeps the earlier choice; an emptied field clears it.
    if (text.trim() === "") setSelected(null);
    else setText(selected?.label ?? "");
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen) return setIsOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length === 0 ? 0 : (current + step + options.length) % options.length));
    } else if (event.key === "Enter" && isOpen) {
      // Enter picks the highlighted option instead of submitting the form.
      const option = options[active];
      if (option) {
        event.preventDefault();
        choose(option);
      }
    } else if (event.key === "Escape" && isOpen) {
      event.preventDefault();
      close();
    }
  };

  const activeOption = isOpen ? options[active] : undefined;
  return (
    <div className={cn("relative flex flex-col gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <Input
        id={id}
        role="combobox"
        aria-expanded={isOpen}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        className="w-52"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <input type="hidden" name={name} value={selected?.value ?? ""} />
      <ul id={listId} role="listbox" aria-label={label} hidden={!isOpen || options.length === 0} className={POPUP}>
        {options.map((option, index) => (
          <li
            key={option.value}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={option.value === selected?.value}
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseEnter={() => setActive(index)}
            className={cn(
              "flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
              index === active && "bg-accent text-accent-foreground",
            )}
          >
            <Check aria-hidden="true" className={cn("size-4 shrink-0", option.value === selected?.value ? "opacity-100" : "opacity-0")} />
            <span className="flex min-w-0 flex-col">
              <span className="truncate">{option.label}</span>
              {option.detail ? <span className="truncate text-xs text-muted-foreground">{option.detail}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {isOpen && options.length === 0 ? (
        <p role="status" className={cn(POPUP, "px-3 py-2 text-sm text-muted-foreground")}>
          {query.isFetching || term !== (text === selected?.label ? "" : text.trim()) ? loadingText : noMatches}
        </p>
      ) : null}
    </div>
  );
}
