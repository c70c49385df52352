"use server";
// Operating hours (Customer support → Operating hours): create, update, delete.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { operatingHoursFormSchema, operatingHoursIdSchema } from "./operating-hours.schema";
import { createOperatingHours, deleteOperatingHours, updateOperatingHours } from "./save-operating-hours";

export const saveOperatingHoursAction = createAction(
  { name: "saveOperatingHours", access: "operatingHours:manage", schema: operatingHoursFormSchema },
  async (input, { user }) => {
    const saved = input.id
      ? await updateOperatingHours({ id: input.id, input, actor: user })
      : await createOperatingHours({ input, actor: user });
    revalidatePath("/operating-hours");
    revalidatePath(`/operating-hours/${saved.id}`);
    return { id: saved.id };
  },
);

export const deleteOperatingHoursAction = createAction(
  { name: "deleteOperatingHours", access: "operatingHours:manage", schema: operatingHoursIdSchema },
  async ({ id }, { user }) => {
    const deleted = await deleteOperatingHours({ id, actor: user });
    revalidatePath("/operating-hours");
    return deleted;
  },
);
