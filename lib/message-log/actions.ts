"use server";
// The Message log's one mutation: replaying a held message once its cause is fixed. Every export is
// a public endpoint; the wrapper checks the permission and parses the input.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { replayHeldMessage } from "@/lib/messaging/replay";
import { MESSAGE_LOG_PATH, replayHeldMessageSchema } from "./message-log.schema";

export const replayHeldMessageAction = createAction(
  { name: "replayHeldMessage", access: "accounts:manage", schema: replayHeldMessageSchema },
  async ({ heldMessageId }, { user }) => {
    const outcome = await replayHeldMessage({ heldMessageId, actor: user });
    revalidatePath(MESSAGE_LOG_PATH);
    return outcome;
  },
);
