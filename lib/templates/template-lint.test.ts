import { describe, expect, it } from "vitest";
import { extractVariables, lintTemplate, renderTemplate, type TemplateInput } from "./template-lint";

const APPOINTMENT = "Your appointment is coming up on {{1}} at {{2}}. Reply STOP to opt out.";
const valid: TemplateInput = {
  name: "appointment_reminder",
  body: APPOINTMENT,
  examples: { "1": "12/1", "2": "3pm" },
  contentSid: "HX" + "0123456789abcdef".repeat(2),
};
const lint = (changes: Partial<TemplateInput>) => lintTemplate({ ...valid, ...changes });
const codes = (changes: Partial<TemplateInput>) => lint(changes).map((problem) => problem.code);

describe("lintTemplate", () => {
  it("accepts a real-world template", () => {
    expect(lintTemplate(valid)).toEqual([]);
    expect(lint({ contentSid: null })).toEqual([]);
    expect(lint({ contentSid: undefined })).toEqual([]);
    expect(lint({ contentSid: "" })).toEqual([]);
  });

  it.each(["Appointment", "1st_reminder", "appointment-reminder", "appointment reminder", "", "_x"])("nameFormat: %j", (name) => {
    expect(codes({ name })).toEqual(["nameFormat"]);
  });

  it("nameTooLong: over 512 characters", () => {
    expect(codes({ name: "a".repeat(512) })).toEqual([]);
    expect(codes({ name: "a".repeat(513) })).toEqual(["nameTooLong"]);
  });

  it.each(["", "  \n "])("bodyRequired: %j", (body) => {
    expect(codes({ body })).toEqual(["bodyRequired"]);
  });

  it("bodyTooLong: over 1024 characters, an emoji counting once", () => {
    const filler = (length: number) => "Hi {{1}}, " + "x".repeat(length - 17) + " {{2}}.";
    expect(filler(1024)).toHaveLength(1024);
    expect(codes({ body: filler(1024) })).toEqual([]);
    expect(codes({ body: filler(1025) })).toEqual(["bodyTooLong"]);
    expect(codes({ body: filler(1023).replace("x", "😀") })).toEqual([]);
  });

  it.each([
    ["Hi {{ 1 }}, see you at {{2}}.", "{{ 1 }}"],
    ["Hi {{name}}, see you at {{2}}.", "{{name}}"],
    ["Hi {1}, see you.", "{1}"],
    ["Hi {{{1}}}, see you.", "{{{1}}}"],
    ["Hi {{0}}, see you.", "{{0}}"],
    ["Hi {{1}, see you.", "{{1}"],
    ["Hi {{1, see you.", "{{"],
  ])("variableSyntax: %j", (body, token) => {
    expect(lint({ body, examples: { "1": "Ada", "2": "3pm" } })).toContainEqual({ code: "variableSyntax", token });
  });

  it("leaves a lone brace in prose alone", () => {
    expect(codes({ body: "Use code {{1}} :-{ before {{2}} ends." })).toEqual([]);
  });

  it("variablesNotSequential: names each missing number", () => {
    expect(lint({ body: "Hi {{1}}, at {{3}} today.", examples: { "1": "a", "3": "c" } })).toEqual([
      { code: "variablesNotSequential", variable: 2 },
    ]);
    expect(lint({ body: "Hi {{2}}, at {{4}} today.", examples: { "2": "b", "4": "d" } })).toEqual([
      { code: "variablesNotSequential", variable: 1 },
      { code: "variablesNotSequential", variable: 3 },
    ]);
  });

  it("stays cheap on a huge variable number", () => {
    const problems = lint({ body: "Hi {{1}}, at {{999999999}} today.", examples: { "1": "a", "999999999": "b" } });
    expect(problems.map((problem) => problem.variable)).toEqual([2, 3, 4, 5, 6]);
  });

  it("allows a variable to repeat and to appear out of order", () => {
    expect(codes({ body: "Hi {{1}}, at {{2}}: yes {{1}}, at {{2}}." })).toEqual([]);
    expect(codes({ body: "At {{2}} we see {{1}} today." })).toEqual([]);
  });

  it.each(["Hi {{1}}{{2}} today.", "Hi {{1}} {{2}} today.", "Hi {{1}}\n\t{{2}} today."])("variablesAdjacent: %j", (body) => {
    expect(lint({ body })).toEqual([{ code: "variablesAdjacent", variable: 2 }]);
  });

  it("variableAtStart, ignoring outer whitespace", () => {
    expect(lint({ body: "  {{1}}, your appointment is at {{2}} today." })).toEqual([{ code: "variableAtStart", variable: 1 }]);
  });

  it("variableAtEnd, but trailing punctuation is fine", () => {
    expect(lint({ body: "Hi {{1}}, your appointment is at {{2}}\n" })).toEqual([{ code: "variableAtEnd", variable: 2 }]);
    expect(codes({ body: "Hi {{1}}, your appointment is at {{2}}." })).toEqual([]);
  });

  it("exampleMissing: one per variable without a non-blank example", () => {
    expect(lint({ examples: { "1": "12/1", "2": "  " } })).toEqual([{ code: "exampleMissing", variable: 2 }]);
    expect(lint({ examples: {} })).toEqual([
      { code: "exampleMissing", variable: 1 },
      { code: "exampleMissing", variable: 2 },
    ]);
  });

  it.each(["HX123", "hx" + "0".repeat(32), "MG" + "0".repeat(32), "HX" + "0".repeat(31) + "g"])("contentSidFormat: %s", (contentSid) => {
    expect(codes({ contentSid })).toEqual(["contentSidFormat"]);
  });
});

describe("extractVariables", () => {
  it("returns sorted unique numbers of well-formed variables only", () => {
    expect(extractVariables("{{3}} a {{1}} b {{3}} c {{ 2 }} d {{10}}")).toEqual([1, 3, 10]);
    expect(extractVariables("no variables")).toEqual([]);
  });
});

describe("renderTemplate", () => {
  it("fills every occurrence and keeps unfilled variables visible", () => {
    expect(renderTemplate(APPOINTMENT, { "1": "12/1", "2": "3pm" })).toBe(
      "Your appointment is coming up on 12/1 at 3pm. Reply STOP to opt out.",
    );
    expect(renderTemplate("{{1}} and {{1}}, {{2}}", { "1": "x", "2": "" })).toBe("x and x, {{2}}");
  });

  it("does not interpret $ patterns in values", () => {
    expect(renderTemplate("Total {{1}} due.", { "1": "$& $1" })).toBe("Total $& $1 due.");
  });
});
