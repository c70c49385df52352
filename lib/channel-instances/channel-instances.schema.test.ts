import { afterEach, describe, expect, it, vi } from "vitest";
import { behavioursStepSchema } from "./channel-instances.schema";

const valid = {
  instanceId: "ci1",
  useOperatingHours: false,
  operatingHoursId: "",
  surveyEnabled: true,
  surveyMessage: "How did we do?",
  surveyLink: "https://survey.example.com/s",
};
const issues = (input: unknown) =>
  behavioursStepSchema.safeParse(input).error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? [];

describe("behavioursStepSchema: the survey text", () => {
  afterEach(() => vi.restoreAllMocks());

  it("counts the link towards the 1,600 characters of one message", () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, surveyMessage: "x".repeat(1600 - valid.surveyLink.length - 1) })).toEqual([]);
    expect(issues({ ...valid, surveyMessage: "x".repeat(1600 - valid.surveyLink.length) })).toEqual([
      ["surveyMessage", "validation.channelSetup.surveyTooLong"],
    ]);
  });

  it("refuses a huge message or link as too long without counting characters", () => {
    const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
    expect(issues({ ...valid, surveyMessage: "x".repeat(100_000) })).toEqual([["surveyMessage", "validation.channelSetup.surveyTooLong"]]);
    expect(issues({ ...valid, surveyLink: `https://survey.example.com/${"a".repeat(100_000)}` })).toEqual([
      ["surveyLink", "validation.tooLong"],
    ]);
    expect(segment).not.toHaveBeenCalled();
  });
});
