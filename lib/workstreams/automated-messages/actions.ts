"use server";
// Automated messages of a workstream (SPEC §2): add or edit, switch on or off, delete.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteAutomatedMessage, saveAutomatedMessage, setAutomatedMessageActive } from "./automated-messages";
import { automatedMessageActiveSchema, automatedMessageFormSchema, automatedMessageIdSchema } from "./automated-messages.schema";
import { instanceMessagesHref } from "./effective";

/** The workstream page shows every number's effective messages; a number's own page shows its overrides. */
function refresh(workstreamId: string, channelInstanceId?: string | null) {
  revalidatePath(`/workstreams/${workstreamId}`);
  if (channelInstanceId) revalidatePath(instanceMessagesHref(workstreamId, channelInstanceId));
}

export const saveAutomatedMessageAction = createAction(
  { name: "saveAutomatedMessage", access: "automatedMessages:manage", schema: automatedMessageFormSchema },
  async (input, { user }) => {
    const saved = await saveAutomatedMessage({ input, actor: user });
    refresh(input.workstreamId, input.channelInstanceId);
    return saved;
  },
);

export const setAutomatedMessageActiveAction = createAction(
  { name: "setAutomatedMessageActive", access: "automatedMessages:manage", schema: automatedMessageActiveSchema },
  async (input, { user }) => {
    const { workstreamId, channelInstanceId } = await setAutomatedMessageActive({ ...input, actor: user });
    refresh(workstreamId, channelInstanceId);
    return { id: input.messageId, isActive: input.isActive };
  },
);

export const deleteAutomatedMessageAction = createAction(
  { name: "deleteAutomatedMessage", access: "automatedMessages:manage", schema: automatedMessageIdSchema },
  async ({ messageId }, { user }) => {
    const { workstreamId, channelInstanceId } = await deleteAutomatedMessage({ messageId, actor: user });
    refresh(workstreamId, channelInstanceId);
    return { id: messageId };
  },
);
