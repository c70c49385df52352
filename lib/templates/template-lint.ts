// Template linting (SPEC §6): catches, before anyone relies on a template, the mistakes that make
// WhatsApp reject it or Twilio fail to fill it (Twilio error 63040 lists the same causes).
export type TemplateProblemCode =
  | "nameFormat"
  | "nameTooLong"
  | "bodyRequired"
  | "bodyTooLong"
  | "variableSyntax"
  | "variablesNotSequential"
  | "variablesAdjacent"
  | "variableAtStart"
  | "variableAtEnd"
  | "exampleMissing"
  | "contentSidFormat";

/** `variable` names the variable concerned; `token` the offending text for variableSyntax. */
export type TemplateProblem = { code: TemplateProblemCode; variable?: number; token?: string };

export type TemplateInput = { name: string; body: string; examples: Record<string, string>; contentSid?: string | null };

export const TEMPLATE_NAME_MAX_LENGTH = 512;
export const TEMPLATE_BODY_MAX_LENGTH = 1024;
const MAX_MISSING_REPORTED = 5;

const NAME = /^[a-z][a-z0-9_]*$/;
const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
// Exactly {{n}} with n ≥ 1 and no leading zero: Meta refuses spaces, names and {{0}}.
const VARIABLE = /\{\{([1-9]\d*)\}\}/g;
// A run of braces around brace-free text: each is either a valid variable or a suspect.
const BRACE_GROUP = /\{+[^{}]*\}+/g;
// Two variables with only whitespace between them: WhatsApp can't tell what each one means.
const ADJACENT = /\{\{([1-9]\d*)\}\}\s*(?=\{\{([1-9]\d*)\}\})/g;

/** The variable numbers used in the body, sorted, each once. */
export function extractVariables(body: string): number[] {
  const numbers = new Set(Array.from(body.matchAll(VARIABLE), (match) => Number(match[1])));
  return [...numbers].sort((a, b) => a - b);
}

/** All problems of a template, empty when it is fine. Each rule reports with its own code. */
export function lintTemplate({ name, body, examples, contentSid }: TemplateInput): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (name.length > TEMPLATE_NAME_MAX_LENGTH) problems.push({ code: "nameTooLong" });
  if (!NAME.test(name)) problems.push({ code: "nameFormat" });
  const sid = contentSid?.trim();
  if (sid && !CONTENT_SID.test(sid)) problems.push({ code: "contentSidFormat" });

  const text = body.trim();
  if (text === "") return [...problems, { code: "bodyRequired" }];
  // Counted in code points, so an emoji counts once rather than as two UTF-16 units.
  if (Array.from(body).length > TEMPLATE_BODY_MAX_LENGTH) problems.push({ code: "bodyTooLong" });

  for (const token of findSyntaxErrors(body)) problems.push({ code: "variableSyntax", token });

  // Sequential means the distinct numbers are exactly 1..n; each missing number is reported.
  // A variable may repeat and the order of appearance is free: Twilio fills every occurrence
  // from the same ContentVariables entry, and WhatsApp's rejections are about gaps.
  const variables = extractVariables(body);
  // Capped so that a typo like {{99999999}} costs a few iterations, not millions.
  const highest = variables.at(-1) ?? 0;
  for (let variable = 1, missing = 0; variable <= highest && missing < MAX_MISSING_REPORTED; variable++) {
    if (variables.includes(variable)) continue;
    problems.push({ code: "variablesNotSequential", variable });
    missing++;
  }
  for (const match of body.matchAll(ADJACENT)) problems.push({ code: "variablesAdjacent", variable: Number(match[2]) });

  const first = /^\{\{([1-9]\d*)\}\}/.exec(text);
  if (first) problems.push({ code: "variableAtStart", variable: Number(first[1]) });
  const last = /\{\{([1-9]\d*)\}\}$/.exec(text);
  if (last) problems.push({ code: "variableAtEnd", variable: Number(last[1]) });

  for (const variable of variables) {
    if (!examples[String(variable)]?.trim()) problems.push({ code: "exampleMissing", variable });
  }
  return problems;
}

/**
 * Variable look-alikes that are not `{{n}}`: `{{ 1 }}`, `{{name}}`, `{1}`, `{{{1}}}`, `{{0}}` and
 * unbalanced `{{`/`}}`. A lone "{" in prose is left alone.
 */
function findSyntaxErrors(body: string): string[] {
  const bad = new Set<string>();
  for (const [group] of body.matchAll(BRACE_GROUP)) {
    if (/^\{\{[1-9]\d*\}\}$/.test(group)) continue;
    if (group.startsWith("{{") || group.endsWith("}}") || /^\{\s*[\w.-]*\s*\}$/.test(group)) bad.add(group);
  }
  const rest = body.replace(BRACE_GROUP, " ");
  for (const [unbalanced] of rest.matchAll(/\{\{+|\}\}+/g)) bad.add(unbalanced);
  return [...bad];
}

/** The body with each `{{n}}` replaced by its value; variables without a value stay visible. */
export function renderTemplate(body: string, values: Record<string, string>): string {
  return body.replace(VARIABLE, (token, number: string) => {
    const value = values[number];
    return value?.trim() ? value : token;
  });
}
