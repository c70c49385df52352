"use client";
// A searchable time-zone picker (the ARIA combobox pattern): type part of a name or an offset
// ("paris", "new york", "+09"), arrows to move, Enter to choose, Escape to close. The list shows each
// zone's UTC offset now; leaving the field with an unfinished search keeps the chosen zone.
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type Ref } from "react";
import { Input } from "@/components/ui/input";
import { filterTimeZones, timeZoneOptions, type TimeZoneOption } from "@/lib/operating-hours/time-zones";
import { cn } from "@/lib/utils";

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
};

export function TimeZoneCombobox({ id, value, onChange, onBlur, inputRef, invalid, describedBy }: Props) {
  const t = useTranslations("operatingHours.timeZone");
  const [options, setOptions] = useState<TimeZoneOption[] | null>(null);
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const matches = useMemo(() => (isOpen && options ? filterTimeZones(options, query ?? "") : []), [isOpen, options, query]);

  useEffect(() => {
    if (isOpen) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [isOpen, active, matches]);

  function open(nextQuery: string | null) {
    // Offsets are read when the list opens, so they are "now" even on a page left open for days.
    const all = options ?? timeZoneOptions(new Date());
    if (!options) setOptions(all);
    const visible = filterTimeZones(all, nextQuery ?? "");
    setActive(Math.max(0, nextQuery ? 0 : visible.findIndex((option) => option.value === value)));
    setIsOpen(true);
  }

  function close() {
    setIsOpen(false);
    setQuery(null);
  }

  function choose(option: TimeZoneOption | undefined) {
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
        value={query ?? value}
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
            event.preventDefault(); // choosing a zone must not submit the form
            choose(matches[active]);
          } else if (event.key === "Escape" && (isOpen || query !== null)) {
            event.preventDefault();
            close();
          }
        }}
        onBlur={() => {
          if (query !== null) {
            const typed = query.trim().toLowerCase();
            const exact = (options ?? []).find((option) => option.value.toLowerCase() === typed);
            if (exact) onChange(exact.value);
          }
          close();
          onBlur();
        }}
        className="font-mono"
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={!isOpen || matches.length === 0}
        className="absolute z-50 mt-1 max-h-72 w-full overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {isOpen
          ? matches.map((option, index) => (
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
                <span className="flex-1 font-mono">{option.value}</span>{" "}
                <span className="tabular-nums">{option.offsetLabel}</span>
              </li>
            ))
          : null}
      </ul>
      {isOpen && matches.length === 0 ? (
        <p role="status" className="mt-1 text-sm text-muted-foreground">
          {t("noMatch", { query: query ?? "" })}
        </p>
      ) : null}
    </div>
  );
}
