"use client";
// A queue's agents: the chosen ones as removable chips, and a checklist of active agents searched on
// the server (GET /queues/agent-options), so it stays fast however many users there are.
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { getJson } from "@/components/common/get-json";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { QueryProvider } from "@/components/query-provider";
import { MAX_AGENT_SEARCH_LENGTH } from "@/lib/queues/queues.constants";
import { queueKeys } from "./query-keys";

export type MemberInfo = { id: string; name: string; email: string; isActive: boolean; isAgent: boolean };
type AgentOptions = { agents: { id: string; name: string; email: string }[]; hasMore: boolean };

const fetchAgentOptions = (q: string) => getJson<AgentOptions>(`/queues/agent-options?${new URLSearchParams({ q })}`);

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

type Props = {
  value: string[];
  onChange: (ids: string[]) => void;
  /** The queue's saved members, so chips can show names before any search. */
  initialMembers: MemberInfo[];
  error?: string;
};

/** React Query is provided here, not by every signed-in page (decision 036). */
export function MemberPicker(props: Props) {
  return (
    <QueryProvider>
      <MemberSearch {...props} />
    </QueryProvider>
  );
}

function MemberSearch({ value, onChange, initialMembers, error }: Props) {
  const t = useTranslations("queues.members");
  const baseId = useId();
  const searchInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const search = useDebouncedValue(query.trim(), 250);
  // Names and emails of everyone chosen so far (saved members, then agents picked from results).
  const [known, setKnown] = useState<Record<string, MemberInfo>>(() =>
    Object.fromEntries(initialMembers.map((member) => [member.id, member])),
  );
  const { data, isPending, isError, isFetching } = useQuery({
    queryKey: queueKeys.agentOptions(search),
    queryFn: () => fetchAgentOptions(search),
    placeholderData: keepPreviousData,
  });
  const selected = new Set(value);
  const chosen = value.map((id) => known[id] ?? { id, name: id, email: "", isActive: true, isAgent: true });

  function toggle(agent: AgentOptions["agents"][number], checked: boolean) {
    if (checked) {
      setKnown((current) => ({ ...current, [agent.id]: { ...agent, isActive: true, isAgent: true } }));
      onChange(selected.has(agent.id) ? value : [...value, agent.id]);
    } else {
      onChange(value.filter((id) => id !== agent.id));
    }
  }

  const descriptionId = `${baseId}-description`;
  const errorId = `${baseId}-error`;
  const statusId = `${baseId}-status`;
  let status: string | null = null;
  if (isError) status = t("loadFailed");
  else if (isPending) status = t("loading");
  else if (data && data.agents.length === 0) status = search ? t("noMatch", { query: search }) : t("noAgents");
  else if (data?.hasMore) status = t("refine", { count: data.agents.length });

  return (
    <fieldset className="flex flex-col gap-4" aria-describedby={[descriptionId, error ? errorId : null].filter(Boolean).join(" ")}>
      <legend className="sr-only">{t("legend")}</legend>
      <p id={descriptionId} className="text-sm text-muted-foreground">
        {t("description")}
      </p>

      <div role="group" aria-labelledby={`${baseId}-chosen`} className="flex flex-col gap-2">
        <h3 id={`${baseId}-chosen`} className="text-sm font-medium">
          {t("chosen", { count: value.length })}
        </h3>
        {chosen.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("noneChosen")}</p>
        ) : (
          <ul className="flex max-h-48 flex-wrap gap-2 overflow-y-auto">
            {chosen.map((member) => (
              <li key={member.id} className="flex items-center gap-1 rounded-md border bg-muted/40 py-0.5 pl-2 text-sm">
                <span>{member.name}</span>
                {!member.isActive ? <Badge variant="outline">{t("inactive")}</Badge> : null}
                {member.isActive && !member.isAgent ? <Badge variant="outline">{t("notAgent")}</Badge> : null}
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  className="size-7"
                  aria-label={t("remove", { name: member.name })}
                  onClick={() => {
                    onChange(value.filter((id) => id !== member.id));
                    searchInput.current?.focus(); // the button goes away with its chip
                  }}
                >
                  <X aria-hidden="true" />
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="flex flex-col gap-2">
        <Label htmlFor={`${baseId}-search`}>{t("searchLabel")}</Label>
        <Input
          ref={searchInput}
          id={`${baseId}-search`}
          type="search"
          value={query}
          maxLength={MAX_AGENT_SEARCH_LENGTH}
          placeholder={t("searchPlaceholder")}
          autoComplete="off"
          aria-describedby={status ? statusId : undefined}
          onChange={(event) => setQuery(event.target.value)}
          // Enter searches (it already does as you type); it must not submit the queue form.
          onKeyDown={(event) => {
            if (event.key === "Enter") event.preventDefault();
          }}
          className="max-w-sm"
        />
        <div aria-busy={isFetching} className="rounded-md border">
          {data && data.agents.length > 0 ? (
            <ul aria-label={t("results")} className="max-h-72 divide-y overflow-y-auto">
              {data.agents.map((agent) => {
                const checkboxId = `${baseId}-agent-${agent.id}`;
                return (
                  <li key={agent.id} className="flex items-center gap-3 px-3 py-2">
                    <Checkbox
                      id={checkboxId}
                      checked={selected.has(agent.id)}
                      onCheckedChange={(checked) => toggle(agent, checked === true)}
                    />
                    <Label htmlFor={checkboxId} className="flex min-w-0 flex-1 cursor-pointer flex-col items-start gap-0 font-normal">
                      <span className="font-medium">{agent.name}</span>
                      <span className="truncate text-xs text-muted-foreground">{agent.email}</span>
                    </Label>
                  </li>
                );
              })}
            </ul>
          ) : null}
          <p id={statusId} aria-live="polite" className="px-3 py-2 text-sm text-muted-foreground empty:hidden">
            {status}
          </p>
        </div>
      </div>
      <div id={errorId} aria-live="polite" className="text-sm text-destructive empty:hidden">
        {error}
      </div>
    </fieldset>
  );
}
