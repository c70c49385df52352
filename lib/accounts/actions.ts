"use server";
// Messaging accounts ("Accounts and channels"). Every export is a public endpoint; the wrapper checks
// the permission, parses the input and turns provider failures into field errors.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import {
  accountIdSchema,
  createDraftAccountSchema,
  renameAccountSchema,
  revalidateAccountSchema,
  setAccountActiveSchema,
  updateAccountDetailsSchema,
  updateSignatureModeSchema,
  validateCredentialsSchema,
} from "./accounts.schema";
import { checkCredentials } from "./check-credentials";
import { requireSecret } from "./credential-columns";
import { credentialError } from "./credential-columns";
import { createDraftAccount } from "./create-account";
import { deleteAccount } from "./delete-account";
import { updateSignatureMode } from "./signature-mode";
import {
  completeAccountSetup,
  findStoredAccount,
  markCallbackShown,
  mergeCredentials,
  renameAccount,
  revalidateAccount,
  setAccountActive,
  updateAccountDetails,
} from "./update-account";

const refresh = (accountId?: string) => {
  revalidatePath("/channels/accounts");
  if (accountId) revalidatePath(`/channels/accounts/${accountId}`);
};

export const validateCredentialsAction = createAction(
  { name: "validateCredentials", access: "accounts:manage", schema: validateCredentialsSchema },
  async ({ accountId, details }) => {
    const check = await checkCredentials(
      accountId ? mergeCredentials(await findStoredAccount(accountId), details) : requireSecret(details),
    );
    if (!check.ok) throw credentialError(check);
    return { providerName: check.providerName, providerType: check.providerType, providerStatus: check.providerStatus };
  },
);

export const createDraftAccountAction = createAction(
  { name: "createDraftAccount", access: "accounts:manage", schema: createDraftAccountSchema },
  async (input, { user }) => {
    const account = await createDraftAccount({ ...input, actor: user });
    refresh();
    return { id: account.id };
  },
);

export const updateAccountDetailsAction = createAction(
  { name: "updateAccountDetails", access: "accounts:manage", schema: updateAccountDetailsSchema },
  async (input, { user }) => {
    await updateAccountDetails({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId };
  },
);

export const revalidateAccountAction = createAction(
  { name: "revalidateAccount", access: "accounts:manage", schema: revalidateAccountSchema },
  async ({ accountId }, { user }) => {
    try {
      const check = await revalidateAccount({ accountId, actor: user });
      return { providerName: check.providerName, providerType: check.providerType, providerStatus: check.providerStatus };
    } finally {
      refresh(accountId); // the failed outcome is recorded too
    }
  },
);

export const renameAccountAction = createAction(
  { name: "renameAccount", access: "accounts:manage", schema: renameAccountSchema },
  async (input, { user }) => {
    await renameAccount({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId };
  },
);

export const setAccountActiveAction = createAction(
  { name: "setAccountActive", access: "accounts:manage", schema: setAccountActiveSchema },
  async (input, { user }) => {
    await setAccountActive({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId, isActive: input.isActive };
  },
);

export const completeAccountSetupAction = createAction(
  { name: "completeAccountSetup", access: "accounts:manage", schema: accountIdSchema },
  async ({ accountId }, { user }) => {
    await completeAccountSetup({ accountId, actor: user });
    refresh(accountId);
    return { id: accountId };
  },
);

export const markCallbackShownAction = createAction(
  { name: "markCallbackShown", access: "accounts:manage", schema: accountIdSchema },
  async ({ accountId }) => {
    await markCallbackShown({ accountId });
    return { id: accountId };
  },
);

export const deleteAccountAction = createAction(
  { name: "deleteAccount", access: "accounts:manage", schema: accountIdSchema },
  async ({ accountId }, { user }) => {
    await deleteAccount({ accountId, actor: user });
    refresh();
    return { id: accountId };
  },
);

export const updateSignatureModeAction = createAction(
  { name: "updateSignatureMode", access: "accounts:manage", schema: updateSignatureModeSchema },
  async (input, { user }) => {
    await updateSignatureMode({ ...input, actor: user });
    refresh(input.accountId);
    return { id: input.accountId, signatureMode: input.signatureMode };
  },
);
