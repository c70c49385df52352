// A workstream's channel instances are listed on the workstream page's overview tab.
import { redirect } from "next/navigation";
import { requirePermission } from "@/lib/auth/guards";
import { workstreamTabHref } from "@/lib/workstreams/tabs";

export default async function WorkstreamChannelsPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePermission("workstreams:view");
  redirect(workstreamTabHref((await params).id, "overview"));
}
