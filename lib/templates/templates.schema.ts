// The WhatsApp template form: each lint rule of SPEC §6 becomes its own message on its own field.
import { z } from "zod";
import { TEMPLATE_LANGUAGES } from "./languages";
import { lintTemplate } from "./template-lint";

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
    accountId: z.string().min(1),
    templateId: z.string().min(1).optional(),
    name: z.string().trim(),
    language: z.enum(TEMPLATE_LANGUAGES, "validation.required"),
    body: z.string(),
    examples: z.record(z.string(), z.string().trim().max(200, "validation.tooLong")),
    contentSid: z
      .string()
      .trim()
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

export const templateIdSchema = z.object({ templateId: z.string().min(1) });
