import type { TelegramChatType } from './types';

/**
 * Telegram's identifiers in the form the Bot API and t.me links use, whatever
 * form a client keeps them in. A channel or supergroup with MTProto id 1234 is
 * -1001234 (that is, -(10^12 + 1234)); a basic group with id 1234 is -1234; a
 * user or bot is its own id.
 */
const CHANNEL_OFFSET = 1_000_000_000_000;

export type PeerKind = 'user' | 'chat' | 'channel';

export function botApiPeerId(kind: PeerKind, id: number): number {
  if (!Number.isSafeInteger(id) || id <= 0) throw new RangeError(`not a Telegram id: ${id}`);
  if (kind === 'user') return id;
  if (kind === 'chat') return -id;
  return -(CHANNEL_OFFSET + id);
}

/** The kind and MTProto id behind a Bot API peer id. */
export function splitBotApiPeerId(peerId: number): { kind: PeerKind; id: number } {
  if (!Number.isSafeInteger(peerId) || peerId === 0) throw new RangeError(`not a Telegram peer id: ${peerId}`);
  if (peerId > 0) return { kind: 'user', id: peerId };
  if (peerId < -CHANNEL_OFFSET) return { kind: 'channel', id: -peerId - CHANNEL_OFFSET };
  return { kind: 'chat', id: -peerId };
}

export function peerKindOf(type: TelegramChatType): PeerKind {
  return type === 'channel' || type === 'supergroup' ? 'channel' : type === 'group' ? 'chat' : 'user';
}

/**
 * The t.me link of a message: by username for public chats, by channel id
 * (t.me/c/…) for private channels and supergroups, none for basic groups and
 * private chats (Telegram has no link for those).
 */
export function messagePermalink(
  chat: {
    username: string | null;
    peerId: number | null;
    type: TelegramChatType | null;
  },
  messageId: number | null,
): string | null {
  if (messageId === null || !Number.isSafeInteger(messageId) || messageId <= 0) return null;
  if (chat.type !== 'channel' && chat.type !== 'supergroup') return null;
  if (chat.username) return `https://t.me/${chat.username}/${messageId}`;
  if (chat.peerId === null) return null;
  const { kind, id } = splitBotApiPeerId(chat.peerId);
  return kind === 'channel' ? `https://t.me/c/${id}/${messageId}` : null;
}

/** A public chat's link. */
export function chatLink(username: string | null): string | null {
  return username ? `https://t.me/${username}` : null;
}
