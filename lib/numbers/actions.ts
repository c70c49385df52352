"use server";
// Numbers of a messaging account.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { accountIdSchema } from "@/lib/templates/templates.schema";
import { checkNumberInTwilio } from "./check-in-twilio";
import { listAccountMessagingServices } from "./messaging-services";
import { numberFieldsSchema, numberIdSchema } from "./numbers.schema";
import { removeNumber, saveNumber } from "./save-number";

export const saveNumberAction = createAction(
  { name: "saveNumber", access: "numbers:manage", schema: numberFieldsSchema },
  async (fields, { user }) => {
    const saved = await saveNumber({ fields, actor: user });
    revalidatePath(`/channels/accounts/${fields.accountId}`);
    return saved;
  },
);

export const removeNumberAction = createAction(
  { name: "removeNumber", access: "numbers:manage", schema: numberIdSchema },
  async ({ numberId }, { user }) => {
    const { accountId } = await removeNumber({ numberId, actor: user });
    revalidatePath(`/channels/accounts/${accountId}`);
    return { id: numberId };
  },
);

// Calls Twilio with the account's credentials, so it needs the manage permission like any other write.
export const checkNumberInTwilioAction = createAction(
  { name: "checkNumberInTwilio", access: "numbers:manage", schema: numberIdSchema },
  async ({ numberId }) => checkNumberInTwilio(numberId),
);

// Lists the account's Messaging Services at Twilio for the numbers dialog (its credentials: manage permission).
export const listMessagingServicesAction = createAction(
  { name: "listMessagingServices", access: "numbers:manage", schema: accountIdSchema },
  async ({ accountId }) => listAccountMessagingServices(accountId),
);
