import { splitBotApiPeerId } from './ids';

/**
 * Identifiers as Telegram Web A (telegram-tt) puts them in the page and the URL.
 *
 * Chat ids are strings already in Bot API form ("-1001234567890", "-123456",
 * "777000"): src/api/gramjs/apiBuilders/peers.ts buildApiPeerId. Message ids
 * are the server's, except for a message still being sent, which carries a
 * fractional local id ("5000.0001") until the server confirms it:
 * src/util/keys/messageKey.ts isLocalMessageId. Such a message has no server
 * id yet, so it has no t.me link.
 */

export type WebAListType = 'thread' | 'pinned' | 'scheduled';

export interface WebAHash {
  /** Bot API form; null when the hash names no chat by id. */
  peerId: number | null;
  /** A forum topic or a comment/reply thread; null for the chat's main list. */
  threadId: number | null;
  listType: WebAListType;
}

const LIST_TYPES: readonly string[] = ['thread', 'pinned', 'scheduled'];

/**
 * The chat a Web A URL shows. src/util/routing.ts createLocationHash writes
 * "#<chatId>[_<threadId>][_<type>]" for every open list
 * (src/components/middle/MessageListHistoryHandler.tsx); a "?…" tail carries
 * deep-link parameters and is not part of the chat. Web A neither writes nor reads a "#@username" address (its
 * parseLocationHash refuses any chat id that is not a number), so such an address names no chat.
 */
export function parseWebAHash(pageUrl: string): WebAHash {
  const none: WebAHash = { peerId: null, threadId: null, listType: 'thread' };
  let hash: string;
  try {
    hash = decodeURIComponent(new URL(pageUrl).hash.replace(/^#/, '').split('?')[0] ?? '');
  } catch {
    return none;
  }
  const parts = hash.split('_');
  const peerId = webAPeerId(parts[0]);
  if (peerId === null || parts.length > 3) return none;
  const rest = parts.slice(1);
  const listType = rest.length > 0 && LIST_TYPES.includes(rest[rest.length - 1]!) ? rest.pop()! : 'thread';
  if (rest.length > 1 || (rest.length === 1 && !/^\d+$/.test(rest[0]!))) return none;
  const threadId = rest.length === 1 ? Number(rest[0]) : null;
  return { peerId, threadId, listType: listType as WebAListType };
}

/** A telegram-tt peer id ("-1001234567890") as a Bot API number, or null when it is not one. */
export function webAPeerId(value: string | null | undefined): number | null {
  if (!value || !/^-?\d+$/.test(value)) return null;
  const id = Number(value);
  try {
    splitBotApiPeerId(id);
  } catch {
    return null;
  }
  return id;
}

/**
 * The server id behind a message's data-message-id ("123"), or null for a
 * local id ("5000.0001", or "5000-0001" as getMessageHtmlId writes it): that
 * message has not reached the server, and the number is not a message id.
 */
export function serverMessageId(value: string | null | undefined): number | null {
  if (!value || !/^\d+$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The server id in an element id written by getMessageHtmlId
 * (src/global/helpers/messages.ts): "message-123" now, "message123" in older
 * versions, "album-media-message-123" for an album's item. Null for anything
 * else, local ids included ("message-5000-0001").
 */
export function messageIdFromHtmlId(htmlId: string): number | null {
  const match = /^(?:album-media-)?message-?(\d+)$/.exec(htmlId);
  return match ? serverMessageId(match[1]) : null;
}

/**
 * The server id of an album's item, from its frame's id (Album.tsx: "album-media-" + getMessageHtmlId(message.id,
 * paid media ? index : undefined)): each item of an album is a message of its own; the items of paid media are one
 * message, the post's, written with their index after it. Null for anything else, local ids included.
 */
export function albumItemId(htmlId: string, postId: number | null): number | null {
  const own = /^album-media-message-(\d+)$/.exec(htmlId);
  if (own) return serverMessageId(own[1]);
  const paid = /^album-media-message-(\d+)-\d+$/.exec(htmlId);
  return paid && postId !== null && serverMessageId(paid[1]) === postId ? postId : null;
}
