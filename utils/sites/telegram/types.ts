import type { Drafted } from '../../notes/note';
import type * as v from 'valibot';
import type { TELEGRAM_CHAT_TYPES, TELEGRAM_CLIENTS, TELEGRAM_ENTITY_TYPES, TELEGRAM_MEDIA_KINDS } from './schema';
import { type telegramPostSchema } from './schema';

/** The types of a Telegram structured post, as its schema (schema.ts, where each member is described) gives them. */
export type TelegramPost = v.InferOutput<ReturnType<typeof telegramPostSchema>>;
export type TelegramMessagePost = Extract<TelegramPost, { kind: 'message' }>;
export type TelegramChatPost = Extract<TelegramPost, { kind: 'chat' }>;
export type TelegramAccountPost = Extract<TelegramPost, { kind: 'account' }>;

export type TelegramClient = (typeof TELEGRAM_CLIENTS)[number];
export type TelegramChatType = (typeof TELEGRAM_CHAT_TYPES)[number];
export type TelegramMediaKind = (typeof TELEGRAM_MEDIA_KINDS)[number];
export type TelegramEntityType = (typeof TELEGRAM_ENTITY_TYPES)[number];

export type TelegramChat = TelegramMessagePost['chat'];
export type TelegramPeerRef = TelegramAccountPost['account'];
export type TelegramDate = TelegramMessagePost['date'];
export type TelegramEntity = TelegramMessagePost['entities'][number];
export type TelegramMedia = TelegramMessagePost['media'][number];

/**
 * What an extractor returns: the structured post and the element that shows it
 * (the bubble, the header), for the crop and the generic fields.
 */
export interface ExtractedTelegram {
  /** Its English warnings are written from its notes once it is read (utils/notes/note.ts). */
  post: Drafted<TelegramPost>;
  element: Element;
}
