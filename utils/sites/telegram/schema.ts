import type { Kit } from '../../schema/kit';
import { noteSchema } from '../../notes/note';

/**
 * The structured post a Telegram extractor returns: what makes a message evidence (which chat by its stable id, which
 * message, who, when, what), read from the page the user sees. Unknown is null, with a warning; never a guess.
 * Written once: packs are checked against it strictly, what a page hands over is copied through it bounded
 * (utils/schema/kit.ts), and the types in types.ts derive from it.
 */
export const TELEGRAM_CLIENTS = ['web-k', 'web-a', 'tme-preview'] as const;
export const TELEGRAM_CHAT_TYPES = ['channel', 'supergroup', 'group', 'user', 'bot'] as const;
export const TELEGRAM_MEDIA_KINDS = ['photo', 'video', 'gif', 'voice', 'round', 'audio', 'sticker', 'file'] as const;
/** Telegram's own entity types (core.telegram.org/api/entities), as the extractors read them from the page. */
export const TELEGRAM_ENTITY_TYPES = [
  'url',
  'text_link',
  'mention',
  'mention_name',
  'hashtag',
  'cashtag',
  'bot_command',
  'email',
  'phone_number',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'code',
  'pre',
  'blockquote',
  'custom_emoji',
] as const;

export function telegramPostSchema(k: Kit) {
  const text = k.text();
  const ntext = k.nullable(text);
  const nint = k.nullable(k.integer);
  const nnum = k.nullable(k.number);

  const chatEntries = {
    title: ntext,
    /** Bot API form: -100… for channels and supergroups, -… for basic groups, positive for users and bots. */
    peerId: nint,
    username: ntext,
    /**
     * Where the username was read, the most reliable place the page showed it ("data-post", "address #@username",
     * "profile panel (same peer id)"); null when there is none. Absent from records made before it.
     */
    usernameSource: k.optional(ntext),
    type: k.nullable(k.oneOf(TELEGRAM_CHAT_TYPES)),
    /** Members or subscribers, as a number when the page states one, and as shown ("1 234 members"). */
    memberCount: nint,
    memberCountText: ntext,
  };
  const peerEntries = { name: ntext, peerId: nint, username: ntext };

  const base = <const K extends 'message' | 'chat' | 'account'>(kind: K) => ({
    platform: k.literal('telegram'),
    kind: k.literal(kind),
    client: k.oneOf(TELEGRAM_CLIENTS),
    /** Name and version of the extractor, e.g. "telegram-web-k@1". */
    extractor: text,
    /** Every field that could not be read, and why. */
    warnings: k.list(text, 100),
    /** Each of `warnings` as a note, in the same order (records from dokaz-capture/3). */
    notes: k.optional(k.list(noteSchema(k), 100)),
  });

  const date = k.object({
    /** UTC ISO 8601, to the precision below; null when the page does not say enough. */
    iso: ntext,
    /** Exactly as shown in the bubble ("14:05"), or the title/datetime text the date came from. */
    text: ntext,
    precision: k.nullable(k.oneOf(['second', 'minute', 'day'] as const)),
    /** Where the date came from, e.g. "data-timestamp", "time[datetime]", "time + date group 'Today'". */
    source: ntext,
    /**
     * When the date was read from a label that names the day relative to another ("Today", "Monday", "November 18"
     * without a year): the moment it was resolved against, the capture's time (UTC ISO), so that a reader can redo
     * the reasoning. Null when the page gave the date in full. Absent from records made before it.
     */
    reference: k.optional(ntext),
  });

  /** Offsets and lengths in UTF-16 code units of `text`, as Telegram's own entities are. */
  const entity = k.object({
    type: k.oneOf(TELEGRAM_ENTITY_TYPES),
    offset: k.integer,
    length: k.integer,
    url: k.optional(text),
  });

  const media = k.object({
    kind: k.oneOf(TELEGRAM_MEDIA_KINDS),
    /**
     * The server id of the message that carries this item. An album is one post under its first message's id, but
     * each of its items is a message of its own, with its own id; any other item has the post's id. Null when the
     * page does not give it. Absent from records made before it.
     */
    messageId: k.optional(nint),
    /** The URL of the bytes the page holds (often blob:), or null when the page holds none. */
    src: ntext,
    width: nnum,
    height: nnum,
    /** Seconds. */
    duration: nnum,
    fileName: ntext,
    /** Size as shown ("1.2 MB"). */
    fileSizeText: ntext,
    /** True when the page holds only a preview (thumbnail) and not the full file. */
    thumbnail: k.boolean,
  });

  const message = k.object({
    ...base('message'),
    chat: k.object(chatEntries),
    /** The server's message id, the one in a t.me link. */
    messageId: nint,
    sender: k.nullable(k.object({ ...peerEntries, signature: ntext })),
    date,
    edited: k.boolean,
    text,
    entities: k.list(entity, 10_000),
    forwardedFrom: k.nullable(k.object({ ...peerEntries, date: ntext })),
    replyTo: k.nullable(k.object({ messageId: nint, senderName: ntext, text: ntext })),
    views: nint,
    viewsText: ntext,
    reactions: k.list(k.object({ emoji: text, count: nint }), 500),
    media: k.list(media, 100),
    permalink: ntext,
  });

  const chat = k.object({
    ...base('chat'),
    chat: k.object({ ...chatEntries, description: ntext, link: ntext }),
  });

  const account = k.object({
    ...base('account'),
    account: k.object(peerEntries),
    /** The chat the account was seen in. */
    chat: k.object(chatEntries),
  });

  return k.variant('kind', [message, chat, account]);
}
