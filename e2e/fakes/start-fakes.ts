// Starts both fake providers on the fixed loopback ports the e2e app is configured with
// (e2e/support/server-env.ts), for the Playwright webServer process.
import { FAKE_TELESIGN_PORT, FAKE_TWILIO_PORT } from "../support/server-env";
import { startFakeTelesign } from "./fake-telesign";
import { startFakeTwilio } from "./fake-twilio";

export async function startFakes(): Promise<{ close: () => Promise<void> }> {
  const twilio = await startFakeTwilio({ port: FAKE_TWILIO_PORT });
  try {
    const telesign = await startFakeTelesign({ port: FAKE_TELESIGN_PORT });
    return { close: async () => void (await Promise.all([twilio.close(), telesign.close()])) };
  } catch (error) {
    await twilio.close();
    throw error;
  }
}
