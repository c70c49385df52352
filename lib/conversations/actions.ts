"use server";
// What agents do on a conversation: reply (text and files), send a WhatsApp template, take, close,
// reopen; and set their own presence. The rules themselves live in lib/message-engine/outbound.ts.
import { createAction } from "@/lib/actions/create-action";
import { conversationIdSchema, resendMessageSchema, sendReplySchema, sendTemplateSchema, setPresenceSchema } from "./conversations.schema";
import {
  closeConversation,
  reopenConversation,
  resendFailedMessage,
  sendAgentReply,
  sendTemplateMessage,
  takeConversation,
} from "../message-engine/outbound";
import { setPresence } from "./presence";

export const sendReplyAction = createAction(
  { name: "sendReply", access: "conversations:handle", schema: sendReplySchema },
  async (input, { user }) =>
    sendAgentReply({
      conversationId: input.conversationId,
      actor: user,
      body: input.body,
      attachments: input.attachments.map((file) => ({
        fileName: file.fileName,
        contentType: file.contentType,
        data: Buffer.from(file.dataBase64, "base64"),
      })),
    }),
);

export const sendTemplateAction = createAction(
  { name: "sendTemplate", access: "conversations:handle", schema: sendTemplateSchema },
  async (input, { user }) =>
    sendTemplateMessage({ conversationId: input.conversationId, actor: user, templateId: input.templateId, variables: input.variables }),
);

/** The agent's confirmed "Resend" of a message that failed unconfirmed (decision 033). */
export const resendMessageAction = createAction(
  { name: "resendMessage", access: "conversations:handle", schema: resendMessageSchema },
  async ({ conversationId, messageId }, { user }) => resendFailedMessage({ conversationId, messageId, actor: user }),
);

export const takeConversationAction = createAction(
  { name: "takeConversation", access: "conversations:handle", schema: conversationIdSchema },
  async ({ conversationId }, { user }) => {
    await takeConversation({ conversationId, actor: user });
    return { conversationId };
  },
);

export const closeConversationAction = createAction(
  { name: "closeConversation", access: "conversations:handle", schema: conversationIdSchema },
  async ({ conversationId }, { user }) => {
    await closeConversation({ conversationId, actor: user });
    return { conversationId };
  },
);

export const reopenConversationAction = createAction(
  { name: "reopenConversation", access: "conversations:handle", schema: conversationIdSchema },
  async ({ conversationId }, { user }) => {
    await reopenConversation({ conversationId, actor: user });
    return { conversationId };
  },
);

export const setPresenceAction = createAction(
  { name: "setPresence", access: "conversations:handle", schema: setPresenceSchema },
  async ({ presence }, { user }) => setPresence({ user, presence }),
);
