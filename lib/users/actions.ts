"use server";
// User management (Settings → Users). Administrators only; the wrapper checks on every call.
import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions/create-action";
import { createUser } from "./create-user";
import { changeUserRole, setUserActive } from "./update-user";
import { changeUserRoleSchema, createUserSchema, setUserActiveSchema } from "./users.schema";

export const createUserAction = createAction(
  { name: "createUser", access: "users:manage", schema: createUserSchema },
  async (input, { user }) => {
    const created = await createUser({ ...input, actor: user });
    revalidatePath("/settings/users");
    return { id: created.id };
  },
);

export const changeUserRoleAction = createAction(
  { name: "changeUserRole", access: "users:manage", schema: changeUserRoleSchema },
  async (input, { user }) => {
    const updated = await changeUserRole({ ...input, actor: user });
    revalidatePath("/settings/users");
    return { id: updated.id, role: updated.role };
  },
);

export const setUserActiveAction = createAction(
  { name: "setUserActive", access: "users:manage", schema: setUserActiveSchema },
  async (input, { user }) => {
    const updated = await setUserActive({ ...input, actor: user });
    revalidatePath("/settings/users");
    return { id: updated.id, isActive: updated.isActive };
  },
);
