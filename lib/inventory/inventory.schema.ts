import { z } from "zod";
import { keysetCursorSchema } from "@/lib/pagination/keyset";
import { idSchema } from "@/lib/text-limits";

const blank = (value: unknown) => (value === "" || value === "all" ? undefined : value);

export const INVENTORY_STATUSES = ["active", "disabled", "draft"] as const;
export const WEBHOOK_FILTERS = ["ok", "attention", "unchecked"] as const;

export const inventoryListSchema = z
  .object({
    q: z.string().trim().max(100).optional().catch(undefined),
    type: z.preprocess(blank, z.enum(["LONG_CODE", "GEO", "MOBILE", "SHORT_CODE", "TOLL_FREE"]).optional()).catch(undefined),
    accountId: z.preprocess(blank, z.string().max(64).optional()).catch(undefined),
    status: z.preprocess(blank, z.enum(INVENTORY_STATUSES).optional()).catch(undefined),
    webhook: z.preprocess(blank, z.enum(WEBHOOK_FILTERS).optional()).catch(undefined),
  })
  .extend(keysetCursorSchema.shape);
export type InventoryFilters = z.infer<typeof inventoryListSchema>;

export const importIdSchema = z.object({ importId: idSchema });
export const numberIdSchema = z.object({ numberId: idSchema });
