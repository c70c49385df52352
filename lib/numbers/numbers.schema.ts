// The number form. Its rules depend on the account's channel and provider, so the form and the
// action build the schema from those (numberFormSchema); the action's outer schema is the shape only.
import { z } from "zod";
import { idSchema } from "@/lib/text-limits";
import { MESSAGING_SERVICE_SID } from "@/lib/providers/twilio/sids";
import { parseAccountNumber, SMS_NUMBER_TYPES } from "./number-format";

export const numberFieldsSchema = z.object({
  accountId: idSchema,
  numberId: idSchema.optional(),
  value: z.string().max(40, "validation.tooLong"),
  type: z.string().max(20).optional(),
  country: z.string().max(2).optional(),
  displayName: z.string().trim().max(100, "validation.tooLong").optional(),
  description: z.string().trim().max(300, "validation.tooLong").optional(),
  // Twilio only: send through this Messaging Service (MG…) instead of the number itself; "" = none.
  messagingServiceSid: z
    .string()
    .trim()
    .max(34, { message: "validation.numbers.messagingServiceSid", abort: true })
    .refine((value) => value === "" || MESSAGING_SERVICE_SID.test(value), "validation.numbers.messagingServiceSid")
    .optional(),
  // Messages per second queued replies leave at (decimal point or comma); "" = the type's default.
  sendRatePerSecond: z
    .string()
    .trim()
    .max(10, { message: "validation.numbers.sendRate", abort: true })
    .refine((value) => value === "" || parseSendRate(value) !== null, "validation.numbers.sendRate")
    .optional(),
});

/** "2", "0.5", "2,5" as messages per second (0.1 to 1000), or null when it isn't one. */
export function parseSendRate(value: string): number | null {
  if (!/^\d{1,4}([.,]\d{1,3})?$/.test(value.trim())) return null;
  const rate = Number(value.trim().replace(",", "."));
  return rate >= 0.1 && rate <= 1000 ? rate : null;
}
export type NumberFields = z.input<typeof numberFieldsSchema>;

export function numberFormSchema(channel: "SMS" | "WHATSAPP", provider: "TWILIO" | "TELESIGN") {
  return numberFieldsSchema.transform((fields, ctx) => {
    if (channel === "WHATSAPP" && !fields.displayName)
      ctx.addIssue({ code: "custom", path: ["displayName"], message: "validation.required" });
    const types: readonly string[] = SMS_NUMBER_TYPES[provider];
    if (channel === "SMS" && !types.includes(fields.type ?? ""))
      ctx.addIssue({ code: "custom", path: ["type"], message: "validation.required" });
    const parsed = parseAccountNumber({
      channel,
      type: channel === "SMS" ? fields.type : undefined,
      input: fields.value,
      country: fields.country || undefined,
    });
    if (provider !== "TWILIO" && fields.messagingServiceSid)
      ctx.addIssue({ code: "custom", path: ["messagingServiceSid"], message: "validation.numbers.messagingServiceTwilioOnly" });
    if (!parsed.ok) {
      const path = parsed.problem === "countryRequired" ? "country" : "value";
      ctx.addIssue({ code: "custom", path: [path], message: `validation.numbers.${parsed.problem}` });
      return z.NEVER;
    }
    return {
      ...fields,
      number: parsed.number,
      displayName: fields.displayName || null,
      description: fields.description || null,
      messagingServiceSid: fields.messagingServiceSid || null,
      sendRatePerSecond: fields.sendRatePerSecond ? parseSendRate(fields.sendRatePerSecond) : null,
    };
  });
}

export const numberIdSchema = z.object({ numberId: idSchema });
