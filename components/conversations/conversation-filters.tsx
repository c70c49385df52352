// Search and filters of the conversations page: a GET form, so every search is a URL that can be
// bookmarked or shared. Any field set shows search results across the user's conversations instead of a tab.
import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/common/filter-actions";
import { ALL, FilterSelect } from "@/components/common/filter-select";
import { SearchCombobox } from "@/components/common/search-combobox";
import { SearchField } from "@/components/common/search-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import {
  CONVERSATION_CHANNELS,
  CONVERSATION_STATUS_FILTERS,
  UNASSIGNED,
  type ConversationFilters as Filters,
} from "@/lib/conversations/conversations.schema";

type Props = { filters: Filters; labels: { queue: string | null; agent: string | null } };

export async function ConversationFilters({ filters, labels }: Props) {
  const t = await getTranslations();
  const unassigned = { id: UNASSIGNED, label: t("conversations.list.unassigned") };
  const agentChoice =
    filters.agentId === UNASSIGNED ? unassigned : filters.agentId ? { id: filters.agentId, label: labels.agent ?? filters.agentId } : null;
  return (
    <form
      method="get"
      action="/conversations"
      role="search"
      aria-label={t("conversations.filters.label")}
      className="flex flex-wrap items-end gap-3"
    >
      <SearchField
        id="conversations-q"
        label={t("conversations.filters.customer")}
        placeholder={t("conversations.filters.customerPlaceholder")}
        value={filters.q}
      />
      <SearchField
        id="conversations-text"
        name="text"
        label={t("conversations.filters.text")}
        placeholder={t("conversations.filters.textPlaceholder")}
        value={filters.text}
      />
      <FilterSelect
        name="channel"
        label={t("conversations.filters.channel")}
        value={filters.channel}
        options={[
          { value: ALL, label: t("conversations.filters.anyChannel") },
          ...CONVERSATION_CHANNELS.map((channel) => ({ value: channel, label: t(`accounts.channels.${channel}`) })),
        ]}
      />
      <FilterSelect
        name="status"
        label={t("conversations.filters.status")}
        value={filters.status}
        options={[
          { value: ALL, label: t("conversations.filters.anyStatus") },
          ...CONVERSATION_STATUS_FILTERS.map((status) => ({ value: status, label: t(`conversations.filters.statuses.${status}`) })),
        ]}
      />
      <SearchCombobox
        name="queueId"
        label={t("conversations.filters.queue")}
        allLabel={t("conversations.filters.anyQueue")}
        source="/api/conversations/filter-options?kind=queue"
        value={filters.queueId ? { id: filters.queueId, label: labels.queue ?? filters.queueId } : null}
      />
      <SearchCombobox
        name="agentId"
        label={t("conversations.filters.agent")}
        allLabel={t("conversations.filters.anyAgent")}
        source="/api/conversations/filter-options?kind=agent"
        value={agentChoice}
        extraChoices={[unassigned]}
      />
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="conversations-from">{t("conversations.filters.from")}</Label>
        <Input id="conversations-from" name="from" type="date" defaultValue={filters.from ?? ""} className="w-40" />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="conversations-to">{t("conversations.filters.to")}</Label>
        <Input id="conversations-to" name="to" type="date" defaultValue={filters.to ?? ""} className="w-40" />
      </div>
      <FilterActions clearHref="/conversations" />
    </form>
  );
}
