"use server";
// Integrations (Genesys-style Twilio SMS accounts). Credentials are saved and validated by the accounts
// actions: an integration is a messaging account.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { deleteIntegration } from "./delete-integration";
import { installIntegration, setIntegrationActive, updateIntegrationDetails } from "./integrations";
import {
  deleteIntegrationSchema,
  installIntegrationSchema,
  integrationDetailsSchema,
  setIntegrationActiveSchema,
} from "./integrations.schema";

const refresh = (accountId?: string) => {
  revalidatePath("/channels/integrations");
  revalidatePath("/channels/numbers");
  if (accountId) revalidatePath(`/channels/integrations/${accountId}`);
};

export const installIntegrationAction = createAction(
  { name: "installIntegration", access: "integrations:manage", schema: installIntegrationSchema },
  async (input, { user }) => {
    const created = await installIntegration({ ...input, actor: user });
    refresh();
    return created;
  },
);

export const updateIntegrationDetailsAction = createAction(
  { name: "updateIntegrationDetails", access: "integrations:manage", schema: integrationDetailsSchema },
  async (input, { user }) => {
    await updateIntegrationDetails({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId };
  },
);

export const setIntegrationActiveAction = createAction(
  { name: "setIntegrationActive", access: "integrations:manage", schema: setIntegrationActiveSchema },
  async (input, { user }) => {
    await setIntegrationActive({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId, isActive: input.isActive };
  },
);

export const deleteIntegrationAction = createAction(
  { name: "deleteIntegration", access: "integrations:manage", schema: deleteIntegrationSchema },
  async (input, { user }) => {
    const result = await deleteIntegration({ ...input, actor: user });
    refresh();
    return result;
  },
);
