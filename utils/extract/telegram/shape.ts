import type { Shape } from '../shape';

/** The shape of a TelegramPost (types.ts), as the background checks it when it comes back from the page. */
const str = 'string' as const;
const nstr = { nullable: str } as const;
const nint = { nullable: 'integer' } as const;
const nnum = { nullable: 'number' } as const;
const warnings: Shape = { list: str, max: 100 };

const chat = {
  title: nstr,
  peerId: nint,
  username: nstr,
  usernameSource: nstr,
  type: { nullable: { oneOf: ['channel', 'supergroup', 'group', 'user', 'bot'] } },
  memberCount: nint,
  memberCountText: nstr,
} satisfies Record<string, Shape>;

// Records made before the chat kept where its username came from have no usernameSource.
const chatShape: Shape = { object: chat, optional: ['usernameSource'] };

const peer = { name: nstr, peerId: nint, username: nstr } satisfies Record<string, Shape>;

const base = {
  platform: { oneOf: ['telegram'] },
  kind: str,
  client: { oneOf: ['web-k', 'web-a', 'tme-preview'] },
  extractor: str,
  warnings,
} satisfies Record<string, Shape>;

const message: Shape = {
  object: {
    ...base,
    chat: chatShape,
    messageId: nint,
    sender: { nullable: { object: { ...peer, signature: nstr } } },
    date: {
      object: {
        iso: nstr,
        text: nstr,
        precision: { nullable: { oneOf: ['second', 'minute', 'day'] } },
        source: nstr,
        reference: nstr,
      },
      // Records made before the date kept its reference have none.
      optional: ['reference'],
    },
    edited: 'boolean',
    text: str,
    entities: {
      list: { object: { type: str, offset: 'integer', length: 'integer', url: str }, optional: ['url'] },
      max: 10_000,
    },
    forwardedFrom: { nullable: { object: { ...peer, date: nstr } } },
    replyTo: { nullable: { object: { messageId: nint, senderName: nstr, text: nstr } } },
    views: nint,
    viewsText: nstr,
    reactions: { list: { object: { emoji: str, count: nint } }, max: 500 },
    media: {
      list: {
        object: {
          kind: { oneOf: ['photo', 'video', 'gif', 'voice', 'round', 'audio', 'sticker', 'file'] },
          messageId: nint,
          src: nstr,
          width: nnum,
          height: nnum,
          duration: nnum,
          fileName: nstr,
          fileSizeText: nstr,
          thumbnail: 'boolean',
        },
        // Records made before each item kept its own message id have none.
        optional: ['messageId'],
      },
      max: 100,
    },
    permalink: nstr,
  },
};

export const TELEGRAM_POST_SHAPE: Shape = {
  union: 'kind',
  cases: {
    message,
    chat: {
      object: { ...base, chat: { object: { ...chat, description: nstr, link: nstr }, optional: ['usernameSource'] } },
    },
    account: { object: { ...base, account: { object: peer }, chat: chatShape } },
  },
};
