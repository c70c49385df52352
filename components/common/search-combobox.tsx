"use client";
// The one picker for records that live on the server (users, accounts, queues, agents…): an ARIA 1.2
// combobox — a text input over a listbox of the first matches for what is typed, asked of `source` (a JSON
// route answering `{ choices: [{ id, label }] }` or `{ options: [{ value, label, detail? }] }` for `q=`) —
// never every record in the page (decisions 025, 026, 036).
//
// Two uses:
// - in a GET filter form: `name` (a hidden input carries the chosen id, so the URL stays bookmarkable),
//   `value` (the choice read by the page) and a visible label; emptying the field, or the `allLabel`
//   option, means "any";
// - as a form field (react-hook-form Controller): `selected` + `onSelect`, labelled by the caller's FormField.
//
// Keyboard: type to search, ↓/↑ to move, Enter to choose, Escape to close (keeping the earlier choice).
// Enter never chooses from an answer to an earlier search: until the server has answered for what is in the
// field, only the fixed choices (`allLabel`, `extraChoices`), which come first, can be chosen.
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

export type ComboboxChoice = { id: string; label: string; detail?: string };

type Props = {
  /** The input's id (a FormField's htmlFor); generated when absent. */
  id?: string;
  label: string;
  /** e.g. "/api/choices/users" or "/api/conversations/filter-options?kind=queue"; `q` is added. */
  source: string;
  /** GET form: the hidden input's name, and the choice the page read from the URL. */
  name?: string;
  value?: ComboboxChoice | null;
  /** Form field: the choice is the caller's. */
  selected?: ComboboxChoice | null;
  onSelect?: (choice: ComboboxChoice | null) => void;
  /** "All users": the empty field's placeholder and an option that clears the choice. */
  allLabel?: string;
  placeholder?: string;
  /** Offered before the search results when what is typed is part of their label (e.g. "Unassigned"). */
  extraChoices?: ComboboxChoice[];
  invalid?: boolean;
  className?: string;
};

type Answer = { term: string; choices: ComboboxChoice[] } | { term: string; failed: true };
type Body = { choices?: ComboboxChoice[]; options?: { value: string; label: string; detail?: string }[] };

const ALL = "\u0000all";
const POPUP =
  "absolute top-full left-0 z-50 mt-1 max-h-64 w-72 overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md";

function choicesOf(body: Body): ComboboxChoice[] {
  return body.choices ?? (body.options ?? []).map((option) => ({ id: option.value, label: option.label, detail: option.detail }));
}

/** The server's first matches for `term` while `enabled`, asked 200 ms after the last keystroke. */
function useSearch(source: string, term: string, enabled: boolean): Answer | null {
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const url = `${source}${source.includes("?") ? "&" : "?"}${new URLSearchParams({ q: term })}`;
      fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
        .then((response) => (response.ok ? (response.json() as Promise<Body>) : Promise.reject(new Error(String(response.status)))))
        .then((body) => setAnswer({ term, choices: choicesOf(body) }))
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          console.warn("choices search failed", error);
          setAnswer({ term, failed: true });
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [source, term, enabled]);
  return answer;
}

export function SearchCombobox({
  id: givenId,
  label,
  source,
  name,
  value = null,
  selected: controlled,
  onSelect,
  allLabel,
  placeholder,
  extraChoices = [],
  invalid,
  className,
}: Props) {
  const t = useTranslations("combobox");
  const generatedId = useId();
  const id = givenId ?? generatedId;
  const listId = `${id}-list`;
  const [own, setOwn] = useState<ComboboxChoice | null>(value);
  const selected = onSelect ? (controlled ?? null) : own;
  // What is typed, or null while the field shows the choice.
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const term = (query ?? "").trim();
  const answer = useSearch(source, term, isOpen);
  const isCurrent = answer?.term === term;

  const lowered = term.toLocaleLowerCase();
  const fixed = [
    ...(allLabel && term === "" ? [{ id: ALL, label: allLabel }] : []),
    ...extraChoices.filter((choice) => choice.label.toLocaleLowerCase().includes(lowered)),
  ];
  const results = isCurrent && "choices" in answer ? answer.choices : [];
  const options = [...fixed, ...results];

  const choose = (choice: ComboboxChoice | null) => {
    const next = choice?.id === ALL ? null : choice;
    if (onSelect) onSelect(next);
    else setOwn(next);
    setQuery(null);
    setIsOpen(false);
  };
  const close = () => {
    // Typing without choosing keeps the earlier choice; an emptied field clears it.
    if (query !== null && query.trim() === "" && selected) choose(null);
    setQuery(null);
    setIsOpen(false);
  };

  // Escape closes the list, not a dialog around it: Radix listens on the document in the capture phase,
  // so the list takes the key first, on the window.
  useEffect(() => {
    if (!isOpen) return;
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      event.preventDefault();
      setQuery(null);
      setIsOpen(false);
    };
    window.addEventListener("keydown", onEscape, { capture: true });
    return () => window.removeEventListener("keydown", onEscape, { capture: true });
  }, [isOpen]);

  useEffect(() => {
    if (isOpen) document.getElementById(`${listId}-${active}`)?.scrollIntoView({ block: "nearest" });
  }, [isOpen, active, listId]);

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!isOpen) return setIsOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (options.length === 0 ? 0 : (current + step + options.length) % options.length));
    } else if (event.key === "Enter" && isOpen) {
      const option = options[active];
      // Enter chooses instead of submitting the form; while the answer for what is typed is on its way,
      // it waits rather than submit or pick something that answered an earlier search.
      if (option || !isCurrent) event.preventDefault();
      if (option) choose(option);
    }
  };

  const activeOption = isOpen ? options[active] : undefined;
  const status =
    !isOpen || options.length > 0 ? null : !isCurrent ? t("loading") : answer && "failed" in answer ? t("failed") : t("noMatches");
  const field = (
    <div className="relative">
      <Input
        id={id}
        role="combobox"
        aria-expanded={isOpen && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        autoComplete="off"
        spellCheck={false}
        value={query ?? selected?.label ?? ""}
        placeholder={allLabel ?? placeholder ?? t("search")}
        className={cn("w-56", className)}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setIsOpen(true);
        }}
        onFocus={() => {
          setActive(0);
          setIsOpen(true);
        }}
        onClick={() => setIsOpen(true)}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={label} hidden={!isOpen || options.length === 0} className={POPUP}>
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            // Chosen on mousedown, before the input's blur closes the list.
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
            onMouseMove={() => setActive(index)}
            className={cn(
              "flex cursor-default items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
              index === active && "bg-accent text-accent-foreground",
            )}
          >
            <Check
              aria-hidden="true"
              className={cn("size-4 shrink-0", (option.id === ALL ? !selected : option.id === selected?.id) ? "opacity-100" : "opacity-0")}
            />
            <span className="flex min-w-0 flex-col">
              <span className="truncate">{option.label}</span>
              {option.detail ? <span className="truncate text-xs text-muted-foreground">{option.detail}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {status ? (
        <p role="status" className={cn(POPUP, "px-3 py-2 text-sm text-muted-foreground")}>
          {status}
        </p>
      ) : null}
    </div>
  );
  if (name === undefined) return field;
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {field}
      <input type="hidden" name={name} value={selected?.id ?? ""} />
    </div>
  );
}
