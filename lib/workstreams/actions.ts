"use server";
// Workstreams: create, details, work distribution, copy, delete.
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createAction } from "@/lib/actions/create-action";
import { copyWorkstream, createWorkstream, deleteWorkstream, updateWorkDistribution, updateWorkstreamDetails } from "./workstreams";
import { createWorkstreamSchema, workDistributionSchema, workstreamDetailsSchema, workstreamIdSchema } from "./workstreams.schema";

const refresh = (workstreamId?: string) => {
  revalidatePath("/workstreams");
  if (workstreamId) revalidatePath(`/workstreams/${workstreamId}`);
};

export const createWorkstreamAction = createAction(
  { name: "createWorkstream", access: "workstreams:manage", schema: createWorkstreamSchema },
  async (input, { user }) => {
    const created = await createWorkstream({ input, actor: user });
    refresh();
    return created;
  },
);

export const updateWorkstreamDetailsAction = createAction(
  { name: "updateWorkstreamDetails", access: "workstreams:manage", schema: workstreamDetailsSchema },
  async (input, { user }) => {
    await updateWorkstreamDetails({ ...input, actor: user });
    refresh(input.workstreamId);
    return { id: input.workstreamId };
  },
);

export const updateWorkDistributionAction = createAction(
  { name: "updateWorkDistribution", access: "workstreams:manage", schema: workDistributionSchema },
  async (input, { user }) => {
    await updateWorkDistribution({ input, actor: user });
    refresh(input.workstreamId);
    return { id: input.workstreamId };
  },
);

export const copyWorkstreamAction = createAction(
  { name: "copyWorkstream", access: "workstreams:manage", schema: workstreamIdSchema },
  async ({ workstreamId }, { user }) => {
    const t = await getTranslations("workstreams");
    const copy = await copyWorkstream({ workstreamId, copyName: (name, n) => t("copyOf", { name, n }), actor: user });
    refresh();
    return copy;
  },
);

export const deleteWorkstreamAction = createAction(
  { name: "deleteWorkstream", access: "workstreams:manage", schema: workstreamIdSchema },
  async ({ workstreamId }, { user }) => {
    await deleteWorkstream({ workstreamId, actor: user });
    refresh();
    return { id: workstreamId };
  },
);
