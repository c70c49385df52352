"use server";
// Channel setup ("Set up SMS / Set up WhatsApp") on a workstream: one action per wizard step, Finish
// and Remove. Every export is a public endpoint; the wrapper checks workstreams:manage and the schema.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import {
  behavioursStepSchema,
  channelInstanceIdSchema,
  featuresFieldsSchema,
  languageStepSchema,
  numberStepSchema,
} from "./channel-instances.schema";
import {
  completeSetup,
  removeChannelInstance,
  saveBehavioursStep,
  saveFeaturesStep,
  saveLanguageStep,
  saveNumberStep,
} from "./save-channel-instance";

// The workstream page lists instances; the workstreams list shows numbers; operating hours show their users.
const refresh = (workstreamId?: string) => {
  revalidatePath("/workstreams");
  revalidatePath("/operating-hours");
  if (workstreamId) revalidatePath(`/workstreams/${workstreamId}`);
};

export const saveChannelNumberAction = createAction(
  { name: "saveChannelNumber", access: "workstreams:manage", schema: numberStepSchema },
  async (input, { user }) => {
    const saved = await saveNumberStep({ input, actor: user });
    refresh(input.workstreamId);
    return { id: saved.id };
  },
);

export const saveChannelLanguageAction = createAction(
  { name: "saveChannelLanguage", access: "workstreams:manage", schema: languageStepSchema },
  async ({ instanceId, defaultLocale }, { user }) => {
    await saveLanguageStep({ instanceId, defaultLocale, actor: user });
    refresh();
    return { id: instanceId };
  },
);

export const saveChannelBehavioursAction = createAction(
  { name: "saveChannelBehaviours", access: "workstreams:manage", schema: behavioursStepSchema },
  async (input, { user }) => {
    await saveBehavioursStep({ input, actor: user });
    refresh();
    return { id: input.instanceId };
  },
);

export const saveChannelFeaturesAction = createAction(
  { name: "saveChannelFeatures", access: "workstreams:manage", schema: featuresFieldsSchema },
  async (fields, { user }) => {
    await saveFeaturesStep({ fields, actor: user });
    refresh();
    return { id: fields.instanceId };
  },
);

export const completeChannelSetupAction = createAction(
  { name: "completeChannelSetup", access: "workstreams:manage", schema: channelInstanceIdSchema },
  async ({ instanceId }, { user }) => {
    const done = await completeSetup({ instanceId, actor: user });
    refresh(done.workstreamId);
    return done;
  },
);

export const removeChannelInstanceAction = createAction(
  { name: "removeChannelInstance", access: "workstreams:manage", schema: channelInstanceIdSchema },
  async ({ instanceId }, { user }) => {
    const removed = await removeChannelInstance({ instanceId, actor: user });
    refresh(removed.workstreamId);
    return removed;
  },
);
