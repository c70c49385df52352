// How the workstream page mounts the two settings sections: SectionCard id, title and description
// keys. The e2e spec finds the sections by these titles (region names "Bot", "Advanced settings").
export const WORKSTREAM_SETTINGS_SECTIONS = {
  bot: { id: "workstream-bot", titleKey: "workstreamSettings.bot.title", descriptionKey: "workstreamSettings.bot.description" },
  advanced: {
    id: "workstream-advanced",
    titleKey: "workstreamSettings.advanced.title",
    descriptionKey: "workstreamSettings.advanced.description",
  },
} as const;
