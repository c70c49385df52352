"use server";
// WhatsApp templates of a WhatsApp account.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteTemplate, saveTemplate } from "./save-template";
import { templateFormSchema, templateIdSchema } from "./templates.schema";

export const saveTemplateAction = createAction(
  { name: "saveTemplate", access: "templates:manage", schema: templateFormSchema },
  async (input, { user }) => {
    const saved = await saveTemplate({ input, actor: user });
    revalidatePath(`/channels/accounts/${input.accountId}`);
    return saved;
  },
);

export const deleteTemplateAction = createAction(
  { name: "deleteTemplate", access: "templates:manage", schema: templateIdSchema },
  async ({ templateId }, { user }) => {
    const { accountId } = await deleteTemplate({ templateId, actor: user });
    revalidatePath(`/channels/accounts/${accountId}`);
    return { id: templateId };
  },
);
