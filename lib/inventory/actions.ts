"use server";
// The SMS number inventory: import, retry, point at Switchboard, webhook re-check and fix.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { importNumberSchema } from "./import-rules";
import { importIdSchema, numberIdSchema } from "./inventory.schema";
import { startNumberImport } from "./start-import";
import { fixNumberWebhook, pointImportAtSwitchboard, recheckNumberWebhook, retryImport } from "./webhook-repair";

const refresh = () => revalidatePath("/channels/numbers");

export const importNumberAction = createAction(
  { name: "importNumber", access: "numbers:manage", schema: importNumberSchema },
  async (input, { user }) => startNumberImport({ input, actor: user }),
);

export const retryImportAction = createAction(
  { name: "retryImport", access: "numbers:manage", schema: importIdSchema },
  async ({ importId }) => {
    await retryImport({ importId });
    return { id: importId };
  },
);

export const pointImportAtSwitchboardAction = createAction(
  { name: "pointImportAtSwitchboard", access: "numbers:manage", schema: importIdSchema },
  async ({ importId }, { user }) => {
    await pointImportAtSwitchboard({ importId, actor: user });
    return { id: importId };
  },
);

export const recheckWebhookAction = createAction(
  { name: "recheckWebhook", access: "numbers:manage", schema: numberIdSchema },
  async ({ numberId }) => {
    const result = await recheckNumberWebhook({ numberId });
    refresh();
    return result;
  },
);

export const fixWebhookAction = createAction(
  { name: "fixWebhook", access: "numbers:manage", schema: numberIdSchema },
  async ({ numberId }, { user }) => {
    const result = await fixNumberWebhook({ numberId, actor: user });
    refresh();
    return result;
  },
);
