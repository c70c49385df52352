"use server";
// A workstream's bot and advanced settings (quick replies, agent notification templates).
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { advancedSettingsSchema } from "./advanced-settings.schema";
import { botSecretSchema, botSettingsSchema } from "./bot.schema";
import { regenerateWorkstreamBotSecret, saveWorkstreamAdvancedSettings, saveWorkstreamBot } from "./workstream-settings";

export const saveWorkstreamBotAction = createAction(
  { name: "saveWorkstreamBot", access: "workstreams:manage", schema: botSettingsSchema },
  async (input, { user }) => {
    const saved = await saveWorkstreamBot({ input, actor: user });
    revalidatePath(`/workstreams/${input.workstreamId}`);
    return saved;
  },
);

export const regenerateWorkstreamBotSecretAction = createAction(
  { name: "regenerateWorkstreamBotSecret", access: "workstreams:manage", schema: botSecretSchema },
  async (input, { user }) => regenerateWorkstreamBotSecret({ workstreamId: input.workstreamId, actor: user }),
);

export const saveWorkstreamAdvancedSettingsAction = createAction(
  { name: "saveWorkstreamAdvancedSettings", access: "workstreams:manage", schema: advancedSettingsSchema },
  async (input, { user }) => {
    await saveWorkstreamAdvancedSettings({ input, actor: user });
    revalidatePath(`/workstreams/${input.workstreamId}`);
    return { id: input.workstreamId };
  },
);
