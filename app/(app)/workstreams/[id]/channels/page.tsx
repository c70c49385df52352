// A workstream's channel instances are listed on the workstream page itself.
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";

export default async function WorkstreamChannelsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("workstreams:view");
  redirect(`/workstreams/${(await params).id}#workstream-channels`);
}
