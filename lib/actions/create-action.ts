// The one wrapper every server action goes through: authenticate, check the permission, parse the
// input with the same zod schema the form uses, then run. Expected failures become typed results;
// anything else is logged and answered with a generic message — never the raw error.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { can, type Permission } from "@/lib/auth/permissions";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { fieldErrorsFromIssues } from "@/lib/i18n/zod-messages";
import { logger } from "@/lib/logger";
import { ActionError } from "./action-error";
import { InvalidInputError } from "./invalid-input-error";
import type { ActionResult } from "./result";

type Access = Permission | "authenticated" | "public";
type Context<A extends Access> = { user: A extends "public" ? SessionUser | null : SessionUser };

export function createAction<A extends Access, S extends z.ZodType, T>(
  config: { name: string; access: A; schema: S },
  handler: (input: z.output<S>, context: Context<A>) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    const t = await getTranslations();
    try {
      const user = await getSessionUser();
      if (config.access !== "public") {
        if (!user) return { ok: false, code: "unauthenticated", error: t("errors.unauthenticated") };
        if (config.access !== "authenticated" && !can(user.role, config.access)) {
          return { ok: false, code: "forbidden", error: t("errors.forbidden") };
        }
      }
      const parsed = config.schema.safeParse(input);
      if (!parsed.success) {
        return { ok: false, code: "validation", error: t("errors.validation"), fieldErrors: fieldErrorsFromIssues(t, parsed.error.issues) };
      }
      return { ok: true, data: await handler(parsed.data, { user } as Context<A>) };
    } catch (error) {
      unstable_rethrow(error); // let redirect()/forbidden() from the handler do their job
      if (error instanceof InvalidInputError) {
        return { ok: false, code: "validation", error: t("errors.validation"), fieldErrors: fieldErrorsFromIssues(t, error.issues) };
      }
      if (error instanceof ActionError) {
        const message = t(error.messageKey, error.options.values);
        // A failure that belongs to one field is shown there; the form banner only points at it.
        if (error.options.field)
          return { ok: false, code: error.code, error: t("errors.validation"), fieldErrors: { [error.options.field]: message } };
        return { ok: false, code: error.code, error: message };
      }
      logger.error("server action failed", { action: config.name, error });
      return { ok: false, code: "unexpected", error: t("errors.unexpected") };
    }
  };
}
