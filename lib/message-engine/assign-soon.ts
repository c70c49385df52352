// Capacity may have freed up (a conversation closed, an agent became available): waiting push
// conversations are assigned at once instead of at the next periodic pass.
import "server-only";
import { getJobEngine } from "@/lib/jobs/engine";

export const ASSIGN_WAITING_QUEUE = "assign-waiting";

export async function requestWaitingAssignment() {
  // One waiting request is enough, however many closes asked for it.
  await getJobEngine().send(ASSIGN_WAITING_QUEUE, {}, { singletonKey: "assign-waiting:soon", retryLimit: 1 });
}
