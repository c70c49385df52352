"use client";
// A searchable locale picker (the ARIA combobox pattern, like the time-zone picker): ~70 locales are too
// many to scroll. Type part of a name or a code ("japan", "pt br", "fr-CA"), arrows to move, Enter to
// choose, Escape to close; leaving the field with an unfinished search keeps the chosen locale.
import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type Ref } from "react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { searchLocales, type LocaleOption } from "@/lib/workstreams/locales";

type Props = {
  id: string;
  value: string;
  options: LocaleOption[];
  onChange: (value: string) => void;
  onBlur: () => void;
  /** Lets the dialog keep Escape for the list while it is open. */
  onOpenChange: (isOpen: boolean) => void;
  inputRef: Ref<HTMLInputElement>;
  invalid: boolean;
  describedBy: string | undefined;
  placeholder: string;
};

export function LocaleCombobox({ id, value, options, onChange, onBlur, onOpenChange, inputRef, invalid, describedBy, placeholder }: Props) {
  const t = useTranslations("automatedMessages.localePicker");
  const [query, setQuery] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const matches = useMemo(() => (isOpen ? searchLocales(options, query ?? "") : []), [isOpen, options, query]);
  const selectedLabel = options.find((option) => option.value === value)?.label ?? value;

  useEffect(() => {
    if (isOpen) document.getElementById(optionId(active))?.scrollIntoView({ block: "nearest" });
  }, [isOpen, active, matches]);

  function open(nextQuery: string | null) {
    const visible = searchLocales(options, nextQuery ?? "");
    setActive(Math.max(0, nextQuery ? 0 : visible.findIndex((option) => option.value === value)));
    setIsOpen(true);
    onOpenChange(true);
  }

  function close() {
    setIsOpen(false);
    setQuery(null);
    onOpenChange(false);
  }

  function choose(option: LocaleOption | undefined) {
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
            event.preventDefault(); // choosing a locale must not submit the form
            choose(matches[active]);
          } else if (event.key === "Escape" && (isOpen || query !== null)) {
            event.preventDefault();
            close();
          }
        }}
        onBlur={() => {
          if (query !== null) {
            // A typed code ("ja-JP", "ja_jp") counts as a choice.
            const typed = query.trim().replaceAll("_", "-").toLowerCase();
            const exact = options.find((option) => option.value.toLowerCase() === typed);
            if (exact) onChange(exact.value);
          }
          close();
          onBlur();
        }}
      />
      <ul
        id={listboxId}
        role="listbox"
        aria-label={t("listLabel")}
        hidden={!isOpen || matches.length === 0}
        className="absolute z-50 mt-1 max-h-64 w-full overflow-y-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
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
                {option.label}
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
