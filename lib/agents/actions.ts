"use server";
// Agents (users with the Agent role): their capacity and skills. Users themselves are managed on
// Settings → Users.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { agentProfileSchema } from "./agents.schema";
import { saveAgentProfile } from "./save-agent-profile";

export const saveAgentProfileAction = createAction(
  { name: "saveAgentProfile", access: "queues:manage", schema: agentProfileSchema },
  async (input, { user }) => {
    const saved = await saveAgentProfile({ input, actor: user });
    revalidatePath("/queues/agents");
    return saved;
  },
);
