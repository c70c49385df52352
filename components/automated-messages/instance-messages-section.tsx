// One number's own automated messages (channel-instance overrides, SPEC §2): they replace the channel's
// message for the same trigger and language on that number only. Mounted on
// /workstreams/[id]/channels/[instanceId]/messages; renders nothing if the number isn't in the workstream.
import { listAutomatedMessages, listWorkstreamAutomatedMessages } from "@/lib/workstreams/automated-messages/automated-messages";
import { effectiveMessagesFor, messagesOfLevel } from "@/lib/workstreams/automated-messages/effective";
import { findChannelInstance } from "@/lib/channel-instances/channel-instances";
import { AutomatedMessagesManager } from "./automated-messages-manager";
import { EffectiveMessagesTable } from "./effective-messages-table";

export type InstanceMessagesSectionProps = { workstreamId: string; channelInstanceId: string; canManage: boolean };

/** List, add, edit, switch on or off and delete the number's own messages. */
export async function InstanceMessagesSection({ workstreamId, channelInstanceId, canManage }: InstanceMessagesSectionProps) {
  const [instance, messages] = await Promise.all([
    findChannelInstance({ workstreamId, instanceId: channelInstanceId }),
    listAutomatedMessages({ workstreamId, channelInstanceId }),
  ]);
  if (!instance) return null;
  return (
    <AutomatedMessagesManager
      workstreamId={workstreamId}
      channel={instance.workstream.channel}
      channelInstance={{ channelInstanceId, numberLabel: instance.number.providerFormat }}
      messages={messages}
      canManage={canManage}
    />
  );
}

export type InstanceEffectiveMessagesProps = { workstreamId: string; channelInstanceId: string };

/** What customers on this number receive, per trigger, once its own and the channel's messages are combined. */
export async function InstanceEffectiveMessages({ workstreamId, channelInstanceId }: InstanceEffectiveMessagesProps) {
  const [instance, messages] = await Promise.all([
    findChannelInstance({ workstreamId, instanceId: channelInstanceId }),
    listWorkstreamAutomatedMessages(workstreamId),
  ]);
  if (!instance) return null;
  const entries = effectiveMessagesFor({
    defaultLocale: instance.state.defaultLocale,
    channelMessages: messagesOfLevel(messages, null),
    instanceMessages: messagesOfLevel(messages, channelInstanceId),
  });
  return <EffectiveMessagesTable number={instance.number.providerFormat} entries={entries} />;
}
