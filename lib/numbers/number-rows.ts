// Numbers as the UI lists them: in the provider's own entry format plus a readable international form.
import "server-only";
import { formatForProvider, formatInternational } from "./number-format";
import { listAccountNumbers } from "./list-numbers";

export async function listNumberRows(account: { id: string; channel: "SMS" | "WHATSAPP" }) {
  const numbers = await listAccountNumbers(account.id);
  return numbers.map((number) => ({
    id: number.id,
    providerFormat: formatForProvider({ channel: account.channel, address: number.address, e164: number.e164 }),
    international: number.e164 ? formatInternational(number.e164) : null,
    type: number.type,
    country: number.country,
    displayName: number.displayName,
    description: number.description,
    messagingServiceSid: number.messagingServiceSid,
    sendRatePerSecond: number.sendRatePerSecond,
  }));
}
