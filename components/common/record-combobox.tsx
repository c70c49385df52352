"use client";
// A filter that picks one record (a user, an account, a queue…) by searching on the server
// (GET /api/choices/<kind>?q=, at most 20 matches) instead of a <select> holding every record. The
// choice travels in a hidden input named `name`, so it works inside a plain GET filter form; "All"
// clears it. Keyboard: Enter/Space/↓ opens, typing searches, ↑/↓ move, Enter picks, Escape closes.
import { Check, ChevronsUpDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Label } from "@/components/ui/label";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

export type ComboboxChoice = { id: string; label: string };
type Kind = "users" | "accounts" | "smsAccounts" | "importTargets" | "queues";

type SearchProps = {
  id: string;
  /** The search field's accessible name (the field's label). */
  label: string;
  kind: Kind;
  selected: ComboboxChoice | null;
  onSelect: (choice: ComboboxChoice | null) => void;
  /** The first item, choosing nothing ("All users"); without it, only records are offered. */
  allLabel?: string;
  /** Shown on the closed trigger when nothing is chosen (when there is no allLabel). */
  placeholder?: string;
  /** Extra choices listed before the search results (e.g. "Unknown account"). */
  extraChoices?: ComboboxChoice[];
  invalid?: boolean;
  className?: string;
};

type Props = {
  name: string;
  label: string;
  kind: Kind;
  /** The chosen record's id and label (read by the page), or null for "All". */
  value: ComboboxChoice | null;
  allLabel: string;
  extraChoices?: ComboboxChoice[];
};

/** The filter form field: a label, the combobox and the hidden input carrying the chosen id. */
export function RecordCombobox({ name, label, kind, value, allLabel, extraChoices }: Props) {
  const id = useId();
  const [selected, setSelected] = useState<ComboboxChoice | null>(value);
  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      <SearchCombobox
        id={id}
        label={label}
        kind={kind}
        selected={selected}
        onSelect={setSelected}
        allLabel={allLabel}
        extraChoices={extraChoices}
      />
    </div>
  );
}

/** The combobox alone (for forms that hold the value themselves, e.g. a react-hook-form Controller). */
export function SearchCombobox({
  id,
  label,
  kind,
  selected,
  onSelect,
  allLabel,
  placeholder,
  extraChoices = [],
  invalid,
  className,
}: SearchProps) {
  const t = useTranslations("combobox");
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<ComboboxChoice[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    // A short pause so each keystroke doesn't ask the server.
    const timer = setTimeout(() => {
      fetch(`/api/choices/${kind}?${new URLSearchParams({ q: query })}`, { signal: controller.signal })
        .then((response) =>
          response.ok ? (response.json() as Promise<{ choices: ComboboxChoice[] }>) : Promise.reject(new Error(String(response.status))),
        )
        .then((body) => {
          setResults(body.choices);
          setFailed(false);
        })
        .catch((error: unknown) => {
          if (!controller.signal.aborted) {
            setFailed(true);
            console.warn("choices search failed", error);
          }
        });
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, kind]);

  const pick = (choice: ComboboxChoice | null) => {
    onSelect(choice);
    setOpen(false);
    setQuery("");
  };
  const matchingExtras = extraChoices.filter((choice) => choice.label.toLowerCase().includes(query.toLowerCase()));

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <PopoverTrigger asChild>
        <Button
          id={id}
          type="button"
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-invalid={invalid || undefined}
          className={cn("w-56 justify-between font-normal", className)}
        >
          <span className={cn("truncate", !selected && !allLabel && "text-muted-foreground")}>
            {selected?.label ?? allLabel ?? placeholder}
          </span>
          <ChevronsUpDown className="opacity-50" aria-hidden="true" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-72 p-0" align="start" aria-label={label}>
        {/* The server filters: cmdk only handles the keyboard and the list. */}
        <Command shouldFilter={false} label={t("searchLabel", { label })}>
          <CommandInput value={query} onValueChange={setQuery} placeholder={t("search")} />
          <CommandList>
            {results === null && !failed ? (
              <p className="py-6 text-center text-sm text-muted-foreground">{t("loading")}</p>
            ) : (
              <CommandEmpty>{failed ? t("failed") : t("noMatches")}</CommandEmpty>
            )}
            <CommandGroup>
              {query === "" && allLabel ? (
                <CommandItem value="__all" onSelect={() => pick(null)}>
                  <Check className={cn(selected ? "opacity-0" : "opacity-100")} aria-hidden="true" />
                  {allLabel}
                </CommandItem>
              ) : null}
              {[...matchingExtras, ...(results ?? [])].map((choice) => (
                <CommandItem key={choice.id} value={choice.id} onSelect={() => pick(choice)}>
                  <Check className={cn(selected?.id === choice.id ? "opacity-100" : "opacity-0")} aria-hidden="true" />
                  <span className="truncate">{choice.label}</span>
                </CommandItem>
              ))}
            </CommandGroup>
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}
