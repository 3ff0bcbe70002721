/**
 * The structured post a Telegram extractor returns: what makes a message
 * evidence (which chat by its stable id, which message, who, when, what),
 * read from the page the user sees. Unknown is null, with a warning; never a guess.
 */
export type TelegramClient = 'web-k' | 'web-a' | 'tme-preview';
export type TelegramChatType = 'channel' | 'supergroup' | 'group' | 'user' | 'bot';

export interface TelegramChat {
  title: string | null;
  /** Bot API form: -100… for channels and supergroups, -… for basic groups, positive for users and bots. */
  peerId: number | null;
  username: string | null;
  /**
   * Where the username was read, the most reliable place the page showed it ("data-post", "address #@username",
   * "profile panel (same peer id)"); null when there is none. Absent from records made before it.
   */
  usernameSource: string | null;
  type: TelegramChatType | null;
  /** Members or subscribers, as a number when the page states one, and as shown ("1 234 members"). */
  memberCount: number | null;
  memberCountText: string | null;
}

export interface TelegramPeerRef {
  name: string | null;
  peerId: number | null;
  username: string | null;
}

export interface TelegramDate {
  /** UTC ISO 8601, to the precision below; null when the page does not say enough. */
  iso: string | null;
  /** Exactly as shown in the bubble ("14:05"), or the title/datetime text the date came from. */
  text: string | null;
  precision: 'second' | 'minute' | 'day' | null;
  /** Where the date came from, e.g. "data-timestamp", "time[datetime]", "time + date group 'Today'". */
  source: string | null;
  /**
   * When the date was read from a label that names the day relative to another ("Today", "Yesterday", "Monday",
   * or "November 18" without a year): the moment it was resolved against, the capture's time (UTC ISO), so that a
   * reader can redo the reasoning. Null when the page gave the date in full. Absent from records made before it.
   */
  reference: string | null;
}

export type TelegramEntityType =
  | 'url'
  | 'text_link'
  | 'mention'
  | 'mention_name'
  | 'hashtag'
  | 'cashtag'
  | 'bot_command'
  | 'email'
  | 'phone_number'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strikethrough'
  | 'spoiler'
  | 'code'
  | 'pre'
  | 'blockquote'
  | 'custom_emoji';

/** Offsets and lengths in UTF-16 code units of `text`, as Telegram's own entities are. */
export interface TelegramEntity {
  type: TelegramEntityType;
  offset: number;
  length: number;
  url?: string;
}

export type TelegramMediaKind = 'photo' | 'video' | 'gif' | 'voice' | 'round' | 'audio' | 'sticker' | 'file';

export interface TelegramMedia {
  kind: TelegramMediaKind;
  /**
   * The server id of the message that carries this item. An album is one post under its first message's id, but
   * each of its items is a message of its own, with its own id; any other item has the post's id. Null when the page
   * does not give it. Absent from records made before it.
   */
  messageId: number | null;
  /** The URL of the bytes the page holds (often blob:), or null when the page holds none. */
  src: string | null;
  width: number | null;
  height: number | null;
  /** Seconds. */
  duration: number | null;
  fileName: string | null;
  /** Size as shown ("1.2 MB"). */
  fileSizeText: string | null;
  /** True when the page holds only a preview (thumbnail) and not the full file. */
  thumbnail: boolean;
}

interface TelegramBase {
  platform: 'telegram';
  client: TelegramClient;
  /** Name and version of the extractor, e.g. "telegram-web-k@1". */
  extractor: string;
  /** Every field that could not be read, and why. */
  warnings: string[];
}

export interface TelegramMessagePost extends TelegramBase {
  kind: 'message';
  chat: TelegramChat;
  /** The server's message id, the one in a t.me link. */
  messageId: number | null;
  sender: (TelegramPeerRef & { signature: string | null }) | null;
  date: TelegramDate;
  edited: boolean;
  text: string;
  entities: TelegramEntity[];
  forwardedFrom: (TelegramPeerRef & { date: string | null }) | null;
  replyTo: { messageId: number | null; senderName: string | null; text: string | null } | null;
  views: number | null;
  viewsText: string | null;
  reactions: { emoji: string; count: number | null }[];
  media: TelegramMedia[];
  permalink: string | null;
}

export interface TelegramChatPost extends TelegramBase {
  kind: 'chat';
  chat: TelegramChat & { description: string | null; link: string | null };
}

export interface TelegramAccountPost extends TelegramBase {
  kind: 'account';
  account: TelegramPeerRef;
  /** The chat the account was seen in. */
  chat: TelegramChat;
}

export type TelegramPost = TelegramMessagePost | TelegramChatPost | TelegramAccountPost;

/**
 * What an extractor returns: the structured post and the element that shows it
 * (the bubble, the header), for the crop and the generic fields.
 */
export interface ExtractedTelegram {
  post: TelegramPost;
  element: Element;
}
