import { afterEach, describe, expect, it, vi } from "vitest";
import { automatedMessageFormSchema } from "./automated-messages.schema";

const valid = {
  workstreamId: "w1",
  trigger: "outOfOperatingHours",
  locale: "ja-JP",
  text: "  {QueueName}は営業時間外です。\n",
  isActive: true,
};

describe("automatedMessageFormSchema", () => {
  it("accepts a channel-level message and trims its text", () => {
    const parsed = automatedMessageFormSchema.parse(valid);
    expect(parsed.text).toBe("{QueueName}は営業時間外です。");
    expect(parsed.channelInstanceId ?? null).toBeNull();
  });

  it("puts each problem on its field, as catalog keys", () => {
    const result = automatedMessageFormSchema.safeParse({ ...valid, trigger: "", locale: "xx-XX", text: "Hi {Agentname}" });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["trigger", "validation.required"],
      ["locale", "validation.required"],
      ["text", "validation.automatedMessage.unknownPlaceholder"],
    ]);
    expect(automatedMessageFormSchema.safeParse({ ...valid, text: " \n " }).error?.issues.map((issue) => issue.message)).toEqual([
      "validation.automatedMessage.empty",
    ]);
  });

  describe("a huge text", () => {
    afterEach(() => vi.restoreAllMocks());

    it("is refused as too long without counting its characters", () => {
      const segment = vi.spyOn(Intl.Segmenter.prototype, "segment");
      const result = automatedMessageFormSchema.safeParse({ ...valid, text: "{".repeat(100_000) });
      expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
        ["text", "validation.automatedMessage.tooLong"],
      ]);
      expect(segment).not.toHaveBeenCalled();
    });
  });
});
