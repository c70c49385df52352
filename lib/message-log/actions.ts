"use server";
// The Message log's mutations: replaying a held message once its cause is fixed, naming the number
// a message without a destination was for, or retrying a callback whose processing failed. Every export is
// a public endpoint; the wrapper checks the permission and parses the input.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { assignHeldMessageToNumber, replayHeldMessage } from "@/lib/message-engine/replay";
import { retryFailedEvent } from "./retry-failed-event";
import { assignHeldNumberSchema, MESSAGE_LOG_PATH, replayHeldMessageSchema, retryInboundEventSchema } from "./message-log.schema";

export const replayHeldMessageAction = createAction(
  { name: "replayHeldMessage", access: "accounts:manage", schema: replayHeldMessageSchema },
  async ({ heldMessageId }, { user }) => {
    const outcome = await replayHeldMessage({ heldMessageId, actor: user });
    revalidatePath(MESSAGE_LOG_PATH);
    return outcome;
  },
);

export const assignHeldMessageNumberAction = createAction(
  { name: "assignHeldMessageNumber", access: "accounts:manage", schema: assignHeldNumberSchema },
  async ({ heldMessageId, numberId }, { user }) => {
    const outcome = await assignHeldMessageToNumber({ heldMessageId, numberId, actor: user });
    revalidatePath(MESSAGE_LOG_PATH);
    return outcome;
  },
);

export const retryInboundEventAction = createAction(
  { name: "retryInboundEvent", access: "accounts:manage", schema: retryInboundEventSchema },
  async ({ eventId }, { user }) => {
    const outcome = await retryFailedEvent({ eventId, actor: user });
    revalidatePath(MESSAGE_LOG_PATH);
    return { outcome };
  },
);
