"use server";
// Automated messages of a workstream (SPEC §2): add or edit, switch on or off, delete.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteAutomatedMessage, saveAutomatedMessage, setAutomatedMessageActive } from "./automated-messages";
import { automatedMessageActiveSchema, automatedMessageFormSchema, automatedMessageIdSchema } from "./automated-messages.schema";

const refresh = (workstreamId: string) => revalidatePath(`/workstreams/${workstreamId}`);

export const saveAutomatedMessageAction = createAction(
  { name: "saveAutomatedMessage", access: "automatedMessages:manage", schema: automatedMessageFormSchema },
  async (input, { user }) => {
    const saved = await saveAutomatedMessage({ input, actor: user });
    refresh(input.workstreamId);
    return saved;
  },
);

export const setAutomatedMessageActiveAction = createAction(
  { name: "setAutomatedMessageActive", access: "automatedMessages:manage", schema: automatedMessageActiveSchema },
  async (input, { user }) => {
    const { workstreamId } = await setAutomatedMessageActive({ ...input, actor: user });
    refresh(workstreamId);
    return { id: input.messageId, isActive: input.isActive };
  },
);

export const deleteAutomatedMessageAction = createAction(
  { name: "deleteAutomatedMessage", access: "automatedMessages:manage", schema: automatedMessageIdSchema },
  async ({ messageId }, { user }) => {
    const { workstreamId } = await deleteAutomatedMessage({ messageId, actor: user });
    refresh(workstreamId);
    return { id: messageId };
  },
);
