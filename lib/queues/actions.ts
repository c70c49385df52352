"use server";
// Queues: create, edit (name, operating hours, agents) and delete.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteQueue } from "./delete-queue";
import { queueIdSchema, saveQueueSchema } from "./queues.schema";
import { saveQueue } from "./save-queue";

export const saveQueueAction = createAction(
  { name: "saveQueue", access: "queues:manage", schema: saveQueueSchema },
  async (input, { user }) => {
    const saved = await saveQueue({ input, actor: user });
    revalidatePath("/queues", "layout");
    return saved;
  },
);

export const deleteQueueAction = createAction(
  { name: "deleteQueue", access: "queues:manage", schema: queueIdSchema },
  async ({ queueId }, { user }) => {
    const deleted = await deleteQueue({ queueId, actor: user });
    revalidatePath("/queues", "layout");
    return deleted;
  },
);
