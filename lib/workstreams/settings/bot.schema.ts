// The bot form of a workstream, shared by BotSection and saveWorkstreamBotAction. Switched off, the
// name and endpoint are ignored (and cleared when saved), so a half-typed URL never blocks removing a bot.
import { z } from "zod";
import { hasMoreCharactersThan } from "@/lib/messaging/sms-segments";
import { idSchema, MAX_CODE_UNITS_PER_CHARACTER } from "@/lib/text-limits";
import { BOT_ENDPOINT_MAX_LENGTH, checkBotEndpoint } from "./bot-endpoint";

import { BOT_HANDOFF_MINUTES, BOT_MAX_ERRORS, BOT_NAME_MAX_CHARACTERS } from "./bot.constants";

export { BOT_HANDOFF_MINUTES, BOT_MAX_ERRORS, BOT_NAME_MAX_CHARACTERS } from "./bot.constants";

const wholeNumber = (range: { min: number; max: number; default: number }, message: string) =>
  z.coerce.number({ message }).int({ message }).min(range.min, { message }).max(range.max, { message }).default(range.default);

const ENDPOINT_MESSAGES = {
  required: "validation.workstreamSettings.endpointRequired",
  tooLong: "validation.workstreamSettings.endpointTooLong",
  format: "validation.workstreamSettings.endpointFormat",
  https: "validation.workstreamSettings.endpointHttps",
  credentials: "validation.workstreamSettings.endpointCredentials",
} as const;

export const botSettingsSchema = z
  .object({
    workstreamId: idSchema,
    isEnabled: z.boolean(),
    // Cheap bounds first: the checks below count characters and parse the URL.
    name: z
      .string()
      .trim()
      .max(BOT_NAME_MAX_CHARACTERS * MAX_CODE_UNITS_PER_CHARACTER, {
        message: "validation.workstreamSettings.botNameTooLong",
        abort: true,
      }),
    endpoint: z.string().trim().max(BOT_ENDPOINT_MAX_LENGTH, { message: ENDPOINT_MESSAGES.tooLong, abort: true }),
    handoffMinutes: wholeNumber(BOT_HANDOFF_MINUTES, "validation.workstreamSettings.botHandoffMinutes"),
    maxErrors: wholeNumber(BOT_MAX_ERRORS, "validation.workstreamSettings.botMaxErrors"),
  })
  .superRefine((bot, ctx) => {
    if (!bot.isEnabled) return;
    if (bot.name === "") ctx.addIssue({ code: "custom", path: ["name"], message: "validation.workstreamSettings.botNameRequired" });
    else if (hasMoreCharactersThan(bot.name, BOT_NAME_MAX_CHARACTERS))
      ctx.addIssue({ code: "custom", path: ["name"], message: "validation.workstreamSettings.botNameTooLong" });
    const problem = checkBotEndpoint(bot.endpoint);
    if (problem) ctx.addIssue({ code: "custom", path: ["endpoint"], message: ENDPOINT_MESSAGES[problem] });
  });
export type BotSettingsForm = z.input<typeof botSettingsSchema>;
export type BotSettingsInput = z.output<typeof botSettingsSchema>;

export const botSecretSchema = z.object({ workstreamId: idSchema });
