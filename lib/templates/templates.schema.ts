// The WhatsApp template form: each lint rule of SPEC §6 becomes its own message on its own field.
import { z } from "zod";
import { TEMPLATE_LANGUAGES } from "./languages";
import { CONTENT_SID } from "@/lib/providers/twilio/sids";
import { idSchema } from "@/lib/text-limits";
import { lintTemplate, TEMPLATE_BODY_MAX_LENGTH, TEMPLATE_NAME_MAX_LENGTH } from "./template-lint";

const FIELD_OF: Record<string, string> = {
  nameFormat: "name",
  nameTooLong: "name",
  bodyRequired: "body",
  bodyTooLong: "body",
  variableSyntax: "body",
  variablesNotSequential: "body",
  variablesAdjacent: "body",
  variableAtStart: "body",
  variableAtEnd: "body",
  contentSidFormat: "contentSid",
};

export const templateFormSchema = z
  .object({
    accountId: idSchema,
    templateId: idSchema.optional(),
    // Cheap bounds that stop the parse before the lint's patterns run (their cost grows faster
    // than the text). The body's limit is in code points, each at most two UTF-16 units.
    name: z.string().trim().max(TEMPLATE_NAME_MAX_LENGTH, { message: "validation.templates.nameTooLong", abort: true }),
    language: z.enum(TEMPLATE_LANGUAGES, "validation.required"),
    body: z.string().max(TEMPLATE_BODY_MAX_LENGTH * 2, { message: "validation.templates.bodyTooLong", abort: true }),
    examples: z.record(z.string().max(10, { abort: true }), z.string().trim().max(200, { message: "validation.tooLong", abort: true })),
    contentSid: z
      .string()
      .trim()
      .max(100, { message: "validation.templates.contentSidFormat", abort: true })
      .optional()
      .transform((value) => value || null),
  })
  .superRefine((value, ctx) => {
    for (const problem of lintTemplate(value)) {
      const path = problem.code === "exampleMissing" ? ["examples", String(problem.variable)] : [FIELD_OF[problem.code] ?? "body"];
      ctx.addIssue({ code: "custom", path, message: `validation.templates.${problem.code}` });
    }
  });
export type TemplateForm = z.input<typeof templateFormSchema>;

export const templateIdSchema = z.object({ templateId: idSchema });

export const accountIdSchema = z.object({ accountId: idSchema });

export const importTemplatesSchema = z.object({
  accountId: idSchema,
  sids: z
    .array(z.string().regex(CONTENT_SID, "validation.templates.contentSidFormat"))
    .min(1, "validation.templates.importNothing")
    .max(1000),
});
