"use server";
// WhatsApp templates of a WhatsApp account.
import { revalidatePath } from "next/cache";
import { ActionError } from "@/lib/actions/action-error";
import { createAction } from "@/lib/actions/create-action";
import { deleteTemplate, saveTemplate } from "./save-template";
import { accountIdSchema, importTemplatesSchema, templateFormSchema, templateIdSchema } from "./templates.schema";
import { importTemplates, previewTemplateImport, syncTemplateStatuses } from "./twilio-sync";

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

// "Import from Twilio": what Twilio has approved for the account and what importing each would do.
export const previewTemplateImportAction = createAction(
  { name: "previewTemplateImport", access: "templates:manage", schema: accountIdSchema },
  async ({ accountId }) => previewTemplateImport(accountId),
);

export const importTemplatesAction = createAction(
  { name: "importTemplates", access: "templates:manage", schema: importTemplatesSchema },
  async (input, { user }) => {
    const result = await importTemplates({ ...input, actor: user });
    revalidatePath(`/channels/accounts/${input.accountId}`);
    return result;
  },
);

// "Re-sync with Twilio": every template's approval status now, rather than at the next scheduled sync.
export const syncTemplatesAction = createAction(
  { name: "syncTemplates", access: "templates:manage", schema: accountIdSchema },
  async ({ accountId }) => {
    const result = await syncTemplateStatuses(accountId);
    revalidatePath(`/channels/accounts/${accountId}`);
    if (!result.ok) throw new ActionError("validation", `accounts.validation.twilio.${result.reason}`);
    return result;
  },
);
